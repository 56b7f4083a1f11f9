import { useState } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
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
  const [values, setValues] = useState<AuditFilters>(filters);
  const set = (name: AuditFilterName) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [name]: event.target.value }));
  };
  const input = (
    name: 'q' | 'actor' | 'from' | 'to',
    testId: string,
    attributes: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <Field label={t(`admin.audit.${name}`)}>
      {(control) => (
        <input
          {...control}
          {...attributes}
          className="input"
          value={values[name] ?? ''}
          data-testid={testId}
          onChange={set(name)}
        />
      )}
    </Field>
  );
  const select = (name: 'action' | 'contentType', testId: string, options: ReactNode) => (
    <Field label={t(`admin.audit.${name}`)}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={values[name] ?? ''}
          data-testid={testId}
          onChange={set(name)}
        >
          {options}
        </select>
      )}
    </Field>
  );

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
      {input('q', 'audit-q', { type: 'search' })}
      <div className="search-facets__date-fields">
        {select(
          'action',
          'audit-action',
          <>
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
          </>,
        )}
        {input('actor', 'audit-actor', { autoCapitalize: 'off', spellCheck: false })}
        {select(
          'contentType',
          'audit-content-type',
          <>
            <option value="">{t('admin.audit.anyContentType')}</option>
            {AUDIT_CONTENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`modq.types.${type}`)}
              </option>
            ))}
          </>,
        )}
        {input('from', 'audit-from', { type: 'date' })}
        {input('to', 'audit-to', { type: 'date' })}
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
