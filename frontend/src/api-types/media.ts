// Wire types of the media resource (docs/api/social-loop.md, "Photos").

export interface Photo {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}
