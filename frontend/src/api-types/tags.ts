// Wire types of GET /tags (docs/api/social-loop.md, "Posts").

export interface TagCount {
  tag: string;
  count: number;
}
