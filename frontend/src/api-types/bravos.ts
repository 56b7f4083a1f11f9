// Wire types of the bravo endpoints (docs/api/social-loop.md, "Bravos").

/** Answer of PUT/DELETE …/bravo: the state after the call. */
export interface BravoState {
  bravoCount: number;
  bravoedByMe: boolean;
}

/** One line of GET …/bravos; `shop` is a shop code, as in PersonSummary. */
export interface BravoGiver {
  username: string;
  displayName: string;
  shop: string | null;
  givenAt: string;
}
