import frAdmin from '@/locales/admin.fr.json';

type Labels = typeof frAdmin.admin.auditActions;
export type AuditActionKey = {
  [Group in keyof Labels]: `admin.auditActions.${Group}.${keyof Labels[Group] & string}`;
}[keyof Labels];

/**
 * Translation key of an audit action (`content.hide`), or null for one this version does not
 * know yet: the server may log new kinds of actions before the screens learn their names.
 */
export function auditActionKey(action: string): AuditActionKey | null {
  const [group, name, ...rest] = action.split('.');
  if (!group || !name || rest.length > 0 || !Object.hasOwn(frAdmin.admin.auditActions, group)) {
    return null;
  }
  const names = frAdmin.admin.auditActions[group as keyof Labels];
  return Object.hasOwn(names, name) ? (`admin.auditActions.${action}` as AuditActionKey) : null;
}
