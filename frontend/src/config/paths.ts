export const paths = {
  home: { path: '/', getHref: () => '/' },
  practices: { path: '/practices', getHref: () => '/practices' },
  guestbooks: { path: '/guestbooks', getHref: () => '/guestbooks' },
} as const;
