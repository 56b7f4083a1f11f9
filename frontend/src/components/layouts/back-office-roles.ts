// Roles as Keycloak names them and GET /me lists them. The server checks them on every call; the
// client only uses them to show the way to the back office, and a clear page to anyone else.

export function canModerate(roles: readonly string[] | undefined): boolean {
  return roles?.some((role) => role === 'moderator' || role === 'admin') ?? false;
}

export function canAdminister(roles: readonly string[] | undefined): boolean {
  return roles?.includes('admin') ?? false;
}
