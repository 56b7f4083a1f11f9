import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntryView } from '@/api-types/moderation';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format-date';
import { auditChanges, describeValue } from '@/features/admin/utils/audit-changes';
import { auditActionKey } from '@/lib/audit-labels';

/** One line of the log: when, who, what, on what or whom, why, and what changed. */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const { t, i18n } = useTranslation();
  const actionKey = auditActionKey(entry.action);
  const changes = auditChanges(entry.before, entry.after);
  const format = {
    yes: t('common.yes'),
    no: t('common.no'),
    none: t('admin.audit.none'),
    dateTime: (iso: string) => formatDateTime(iso, i18n.language),
  };
  const contentLabel = entry.contentTitle ?? entry.contentId;
  // Field names come from the server and may outgrow the translations: an unknown one is spelled out
  // ("bytesFreed" → "bytes freed") rather than shown as a code.
  const fieldLabel = (field: string) =>
    t(`admin.audit.fields.${field}`, {
      defaultValue: field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    });

  return (
    <li className="people-list__item" data-testid="audit-entry">
      <div className="stack stack--tight">
        <p>
          <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
          {' · '}
          <strong data-testid="audit-entry-action">
            {actionKey ? t(actionKey) : entry.action}
          </strong>
          {' · '}
          <span data-testid="audit-entry-actor">
            {entry.actor
              ? t('admin.audit.by', {
                  name: entry.actor.displayName,
                  username: entry.actor.username,
                })
              : t('admin.audit.bySystem')}
          </span>
        </p>
        {entry.contentType && contentLabel ? (
          <p>
            {t(`modq.types.${entry.contentType}`)}
            {' : '}
            {entry.contentId ? (
              <Link to={paths.moderationItem.getHref(entry.contentType, entry.contentId)}>
                {contentLabel}
              </Link>
            ) : (
              contentLabel
            )}
          </p>
        ) : null}
        {entry.subject ? (
          <p>
            {t('admin.audit.subject')}{' '}
            <Link to={paths.person.getHref(entry.subject.username)}>
              {entry.subject.displayName}
            </Link>
          </p>
        ) : null}
        {entry.reason ? (
          <p className="muted" data-testid="audit-entry-reason">
            {t('admin.audit.reason', { reason: entry.reason })}
          </p>
        ) : null}
        {changes.length > 0 ? (
          <dl className="user-menu__details audit-changes" data-testid="audit-entry-changes">
            {changes.map((change) => (
              <Fragment key={change.field}>
                <dt>{fieldLabel(change.field)}</dt>
                <dd>
                  {entry.before && entry.after ? (
                    <>
                      <del>{describeValue(change.before, format)}</del>
                      {' → '}
                      <ins>{describeValue(change.after, format)}</ins>
                    </>
                  ) : entry.after ? (
                    <ins>{describeValue(change.after, format)}</ins>
                  ) : (
                    <del>{describeValue(change.before, format)}</del>
                  )}
                </dd>
              </Fragment>
            ))}
          </dl>
        ) : null}
      </div>
    </li>
  );
}
