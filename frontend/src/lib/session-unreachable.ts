// In a module of its own so that tests replacing lib/auth with a fake still give the API client the
// real class to recognise.

/**
 * Thrown by getAccessToken when the session is intact but Keycloak cannot be reached to refresh it
 * (offline, Keycloak down): the request fails like any request without network, and nobody is sent
 * to a login page they could not load.
 */
export class SessionUnreachableError extends Error {
  constructor(cause?: unknown) {
    super('Keycloak cannot be reached to refresh the session', { cause });
    this.name = 'SessionUnreachableError';
  }
}
