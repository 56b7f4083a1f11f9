// Wire types of the shops resource (docs/api/social-loop.md, "Shops").

/** A shop as embedded in other resources. */
export interface ShopRef {
  code: string;
  name: string;
}

export interface ShopView {
  code: string;
  name: string;
  city: string;
  region: string;
  active: boolean;
  peopleCount: number;
  postCount: number;
}
