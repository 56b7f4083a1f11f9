// Wire types of GET /categories (docs/api/social-loop.md, "Posts").

export interface Category {
  id: number;
  name: string;
  position: number;
}

/** A category as embedded in a post. */
export interface CategoryRef {
  id: number;
  name: string;
}
