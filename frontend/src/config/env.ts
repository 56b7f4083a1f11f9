// Empty by default: the backend serves the SPA and the API from the same origin, so relative
// URLs avoid CORS entirely. VITE_API_URL only exists for unusual split deployments.
const apiUrl = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '');

export const env = {
  apiUrl,
} as const;
