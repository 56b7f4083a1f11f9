import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { AuditFilterName, AuditFilters } from '@/features/admin/utils/audit-filters';
import { AUDIT_CONTENT_TYPES } from '@/features/admin/utils/audit-filters';
import { auditActionKey, KNOWN_AUDIT_ACTIONS } from '@/lib/audit-labels';

export interface AuditFiltersFormProps {
  /** As in the URL; mount the form keyed by them so "back" shows the matching values. */
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Who did what, to what, when: applied together, so typing does not fire a search per key. */
export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState<AuditFilters>(filters);
  const id = (name: AuditFilterName) => `${idPrefix}-${name}`;
  const set = (name: AuditFilterName) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [name]: event.target.value }));
  };

  return (
    <form
      className="panel stack stack--tight"
      role="search"
      aria-label={t('admin.audit.filters')}
      data-testid="audit-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <div className="field">
        <label htmlFor={id('q')} className="field__label">
          {t('admin.audit.q')}
        </label>
        <input
          id={id('q')}
          type="search"
          className="input"
          value={values.q ?? ''}
          data-testid="audit-q"
          onChange={set('q')}
        />
      </div>
      <div className="search-facets__date-fields">
        <div className="field">
          <label htmlFor={id('action')} className="field__label">
            {t('admin.audit.action')}
          </label>
          <select
            id={id('action')}
            className="input"
            value={values.action ?? ''}
            data-testid="audit-action"
            onChange={set('action')}
          >
            <option value="">{t('admin.audit.anyAction')}</option>
            {/* An action from a shared link that this version does not know stays selectable. */}
            {values.action && !KNOWN_AUDIT_ACTIONS.includes(values.action) ? (
              <option value={values.action}>{values.action}</option>
            ) : null}
            {KNOWN_AUDIT_ACTIONS.map((action) => {
              const key = auditActionKey(action);
              return (
                <option key={action} value={action}>
                  {key ? t(key) : action}
                </option>
              );
            })}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('actor')} className="field__label">
            {t('admin.audit.actor')}
          </label>
          <input
            id={id('actor')}
            className="input"
            value={values.actor ?? ''}
            autoCapitalize="off"
            spellCheck={false}
            data-testid="audit-actor"
            onChange={set('actor')}
          />
        </div>
        <div className="field">
          <label htmlFor={id('contentType')} className="field__label">
            {t('admin.audit.contentType')}
          </label>
          <select
            id={id('contentType')}
            className="input"
            value={values.contentType ?? ''}
            data-testid="audit-content-type"
            onChange={set('contentType')}
          >
            <option value="">{t('admin.audit.anyContentType')}</option>
            {AUDIT_CONTENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`modq.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('from')} className="field__label">
            {t('admin.audit.from')}
          </label>
          <input
            id={id('from')}
            type="date"
            className="input"
            value={values.from ?? ''}
            data-testid="audit-from"
            onChange={set('from')}
          />
        </div>
        <div className="field">
          <label htmlFor={id('to')} className="field__label">
            {t('admin.audit.to')}
          </label>
          <input
            id={id('to')}
            type="date"
            className="input"
            value={values.to ?? ''}
            data-testid="audit-to"
            onChange={set('to')}
          />
        </div>
      </div>
      <div className="composer__actions">
        <Button
          variant="secondary"
          data-testid="audit-clear"
          onClick={() => {
            setValues({});
            onApply({});
          }}
        >
          {t('admin.audit.clear')}
        </Button>
        <Button type="submit" data-testid="audit-apply">
          {t('admin.audit.apply')}
        </Button>
      </div>
    </form>
  );
}
