// Roles as Keycloak names them and GET /me lists them. The server checks them on every call; the
// client only uses them to show the way to the back office and the moderation tools, and a clear
// page to anyone else. Every such check goes through here, so a new role changes one file.

/** Moderators and admins review content; both see hidden content and the moderation pages. */
export function canModerate(roles: readonly string[] | undefined): boolean {
  return roles?.some((role) => role === 'moderator' || role === 'admin') ?? false;
}

export function canAdminister(roles: readonly string[] | undefined): boolean {
  return roles?.includes('admin') ?? false;
}
