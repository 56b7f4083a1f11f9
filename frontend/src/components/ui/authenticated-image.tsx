import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { env } from '@/config/env';
import { useOnVisible } from '@/hooks/use-on-visible';
import { api } from '@/lib/api-client';

export interface AuthenticatedImageProps {
  src: string;
  alt: string;
  className?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * Our photo URLs need the bearer token, which an <img src> cannot send (there is no session
 * cookie): API URLs are fetched through the API client and shown from a blob URL instead.
 * Anything else (e.g. a pre-signed store URL) is loaded directly by the browser.
 */
function apiPath(src: string): string | null {
  const path = env.apiUrl && src.startsWith(env.apiUrl) ? src.slice(env.apiUrl.length) : src;
  return path.startsWith('/api/') ? path : null;
}

export function AuthenticatedImage({
  src,
  alt,
  className,
  width,
  height,
}: AuthenticatedImageProps) {
  const path = apiPath(src);
  if (!path) {
    return (
      <img src={src} alt={alt} className={className} width={width} height={height} loading="lazy" />
    );
  }
  return <BlobImage path={path} alt={alt} className={className} width={width} height={height} />;
}

function BlobImage({
  path,
  alt,
  className,
  width,
  height,
}: Omit<AuthenticatedImageProps, 'src'> & { path: string }) {
  const { t } = useTranslation();
  const imageRef = useRef<HTMLImageElement>(null);
  // Like <img loading="lazy">: a feed of twenty cards downloads the photos of the first screen, not
  // twenty at once over a phone's network. One already kept (offline copy, earlier page) shows at
  // once. Where the browser cannot tell what is near the screen, every photo loads as before.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholderRef = useOnVisible(
    () => {
      setNear(true);
    },
    !near,
    path,
  );
  const blobQuery = useQuery({
    queryKey: ['image', path],
    queryFn: ({ signal }) => api.getBlob(path, { signal }),
    // Photo bytes never change for a given id.
    staleTime: Infinity,
    enabled: near,
  });
  const blob = blobQuery.data;

  useEffect(() => {
    const image = imageRef.current;
    if (!image || !blob) return undefined;
    // Set on the element rather than through state: the URL is a resource that must be revoked
    // by the same effect that created it (StrictMode runs effects twice).
    const url = URL.createObjectURL(blob);
    image.src = url;
    return () => {
      image.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);

  if (blobQuery.isError) {
    return (
      // A decorative image (empty alt) stays out of the accessibility tree, as an <img alt=""> would.
      <span
        className={`image-placeholder ${className ?? ''}`}
        {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
      >
        {t('image.unavailable')}
      </span>
    );
  }
  if (!blob) {
    return (
      // Shimmers only while its photo downloads: one still far down the page waits without
      // redrawing the page every frame (three such photos kept a phone's main thread busy for good).
      <span
        ref={placeholderRef}
        className={`image-placeholder ${near ? 'skeleton ' : ''}${className ?? ''}`}
        {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
      />
    );
  }
  return <img ref={imageRef} alt={alt} className={className} width={width} height={height} />;
}
