import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '@/api-types/media';
import { AuthenticatedImage } from '@/components/ui/authenticated-image';
import { Dialog } from '@/components/ui/dialog';

export function PhotoGallery({ photos }: { photos: readonly Photo[] }) {
  const { t } = useTranslation();
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  if (photos.length === 0) return null;
  const open = openIndex === null ? undefined : photos[openIndex];

  return (
    <>
      <ul className="gallery" aria-label={t('post.photos')}>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <button
              type="button"
              className="gallery__item"
              aria-label={t('post.openPhoto', { index: index + 1, total: photos.length })}
              data-testid="gallery-thumbnail"
              onClick={() => {
                setOpenIndex(index);
              }}
            >
              <AuthenticatedImage src={photo.thumbnailUrl} alt="" className="gallery__thumb" />
            </button>
          </li>
        ))}
      </ul>
      <Dialog
        open={open !== undefined}
        wide
        title={t('post.photoTitle', { index: (openIndex ?? 0) + 1, total: photos.length })}
        onClose={() => {
          setOpenIndex(null);
        }}
        testId="photo-dialog"
      >
        {open ? (
          <AuthenticatedImage
            src={open.url}
            alt=""
            width={open.width}
            height={open.height}
            className="gallery__full"
          />
        ) : null}
      </Dialog>
    </>
  );
}
