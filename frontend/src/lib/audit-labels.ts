import frAdmin from '@/locales/admin.fr.json';

// Shared by the administration audit log and the moderation trail (features cannot import each
// other): both name the same server actions, so they read one list. The back-office strings file
// only comes with these lazy screens, never with the first one.

type Labels = typeof frAdmin.admin.auditActions;
export type AuditActionKey = {
  [Group in keyof Labels]: `admin.auditActions.${Group}.${keyof Labels[Group] & string}`;
}[keyof Labels];

/** Every audit action the screens know, `content.hide` style, for the action filter. */
export const KNOWN_AUDIT_ACTIONS: readonly string[] = Object.entries(
  frAdmin.admin.auditActions,
).flatMap(([group, names]) => Object.keys(names).map((name) => `${group}.${name}`));

/**
 * Translation key of an audit action, or null for one this version does not know yet: the
 * server may log new kinds of actions before the screens learn their names.
 */
export function auditActionKey(action: string): AuditActionKey | null {
  return KNOWN_AUDIT_ACTIONS.includes(action)
    ? (`admin.auditActions.${action}` as AuditActionKey)
    : null;
}
