import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import en_US from '@uppy/locales/lib/en_US.js';
import fr_FR from '@uppy/locales/lib/fr_FR.js';
import Dashboard from '@uppy/react/dashboard';
import { Icon } from '@/components/ui/icon';
import { errorMessageKey } from '@/lib/error-messages';
import { registerSessionCache } from '@/lib/local-data';
import {
  createVideoUppy,
  DEFAULT_MAX_VIDEO_BYTES,
  VIDEO_FILE_TYPES,
} from '@/features/videos/utils/create-video-uppy';
import type { VideoUploadApi } from '@/features/videos/utils/multipart-upload';
import type { VideoUppy } from '@/features/videos/utils/video-upload-plugin';

export interface VideoUploaderProps {
  /** Names the saved state, so a reload resumes the upload in the same form. */
  storageId: string;
  /** How many more videos the form accepts. */
  remaining: number;
  /** The server's limit (4 GB by default), checked before any byte is sent. */
  maxFileBytes?: number;
  /** A file is in the store and processing starts: attach the video to the form. */
  onUploaded: (videoId: string) => void;
  /** True while a file is still on its way: publishing then would leave it behind. */
  onBusyChange?: (busy: boolean) => void;
  /** Tests replace the network; the app uses the backend. */
  api?: VideoUploadApi | undefined;
}

const ACCEPT = VIDEO_FILE_TYPES.join(',');
const NO_FILES: ReturnType<VideoUppy['getState']>['files'] = {};

function uppyLocale(language: string) {
  return language.startsWith('en') ? en_US : fr_FR;
}

/**
 * Picks videos (the phone's camera or its files) and uploads them with Uppy: in parts straight to
 * the object store, resumed after a reload or a lost connection. The Dashboard appears once a file
 * is on its way, with its progress bar, the time left, pause and cancel.
 */
export function VideoUploader({
  storageId,
  remaining,
  maxFileBytes = DEFAULT_MAX_VIDEO_BYTES,
  onUploaded,
  onBusyChange,
  api,
}: VideoUploaderProps) {
  const { t, i18n } = useTranslation();
  const [uppy, setUppy] = useState<VideoUppy | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [skipped, setSkipped] = useState(0);
  const latest = useRef({ t, onUploaded, onBusyChange, remaining, language: i18n.language });
  useEffect(() => {
    latest.current = { t, onUploaded, onBusyChange, remaining, language: i18n.language };
  });

  // Created in an effect, not during render: the instance owns IndexedDB connections and timers,
  // and must be destroyed with the form (which also cancels what is still uploading).
  useEffect(() => {
    const instance = createVideoUppy({
      id: storageId,
      maxFileBytes,
      maxFiles: latest.current.remaining,
      locale: uppyLocale(latest.current.language),
      describeError: (error) => latest.current.t(errorMessageKey(error)),
      ...(api ? { api } : {}),
    });
    instance.on('upload-success', (file, response) => {
      const videoId = response.body?.videoId;
      if (videoId) latest.current.onUploaded(videoId);
      // From now on the form shows the video (processing, then ready), not the file.
      if (file && instance.getState().files[file.id]) instance.removeFile(file.id);
    });
    instance.on('upload-error', (file, error) => {
      const name = file?.name ?? '';
      setMessages((current) => [
        ...current,
        latest.current.t('videos.uploader.failed', { name, message: error.message }),
      ]);
    });
    instance.on('restriction-failed', (file, error) => {
      // Uppy's own (translated) words; some name the file, some do not.
      const name = file?.name ?? '';
      const message =
        name && !error.message.includes(name)
          ? latest.current.t('videos.uploader.failed', { name, message: error.message })
          : error.message;
      setMessages((current) => [...current, message]);
    });
    // A retry starts afresh: the earlier failure no longer describes anything.
    instance.on('upload-retry', () => {
      setMessages([]);
    });
    instance.on('retry-all', () => {
      setMessages([]);
    });
    setUppy(instance);
    let destroyed = false;
    const destroy = () => {
      if (destroyed) return;
      destroyed = true;
      instance.destroy();
    };
    // At logout, stopped before its saved files and state are cleared: a running upload would
    // otherwise write them back while the page leaves.
    const unregister = registerSessionCache({ name: 'video uploader', clear: destroy });
    return () => {
      unregister();
      destroy();
      setUppy(null);
    };
  }, [storageId, maxFileBytes, api]);

  useEffect(() => {
    uppy?.setOptions({ locale: uppyLocale(i18n.language) });
  }, [uppy, i18n.language]);

  useEffect(() => {
    uppy?.setOptions({ restrictions: { maxNumberOfFiles: Math.max(1, remaining) } });
  }, [uppy, remaining]);

  const subscribe = useCallback(
    (listener: () => void) => (uppy ? uppy.store.subscribe(listener) : () => undefined),
    [uppy],
  );
  const files = useSyncExternalStore(subscribe, () => uppy?.getState().files ?? NO_FILES);
  const list = Object.values(files);
  const present = list.filter((file) => !file.isGhost).length;
  const busy = list.some((file) => !file.progress.uploadComplete && !file.error);
  useEffect(() => {
    latest.current.onBusyChange?.(busy);
  }, [busy]);
  useEffect(
    () => () => {
      latest.current.onBusyChange?.(false);
    },
    [],
  );

  const room = Math.max(0, remaining - present);
  const hasGhosts = list.some((file) => file.isGhost);
  const disabled = !uppy || (room === 0 && !hasGhosts);

  function pick(fileList: FileList | null) {
    if (!uppy) return;
    const chosen = Array.from(fileList ?? []);
    // Picking a restored file again never takes room: it only gives its bytes back.
    const ghosts = new Set(
      list.filter((file) => file.isGhost).map((file) => `${file.name}/${file.size ?? ''}`),
    );
    const again = chosen.filter((file) => ghosts.has(`${file.name}/${file.size}`));
    const fresh = chosen.filter((file) => !ghosts.has(`${file.name}/${file.size}`));
    const accepted = [...again, ...fresh.slice(0, room)];
    setSkipped(chosen.length - accepted.length);
    setMessages([]);
    try {
      uppy.addFiles(
        accepted.map((file) => ({
          name: file.name,
          type: file.type,
          data: file,
          source: 'bravo-video-uploader',
          isRemote: false as const,
        })),
      );
    } catch (error) {
      setMessages([t(errorMessageKey(error))]);
    }
  }

  const input = (testId: string, camera: boolean) => (
    <input
      type="file"
      accept={ACCEPT}
      multiple={!camera}
      capture={camera ? 'environment' : undefined}
      className="visually-hidden"
      disabled={disabled}
      data-testid={testId}
      onChange={(event) => {
        pick(event.target.files);
        // Cleared so that choosing the same file again still fires a change.
        event.target.value = '';
      }}
    />
  );

  return (
    <div className="video-uploader stack stack--tight" data-testid="video-uploader">
      <div className="photo-uploader__buttons">
        <label className="button button--secondary photo-uploader__camera" data-testid="video-film">
          {input('video-camera-input', true)}
          <Icon name="video" />
          {t('videos.uploader.film')}
        </label>
        <label className="button button--secondary">
          {input('video-file-input', false)}
          <Icon name="image" />
          {t('videos.uploader.choose')}
        </label>
      </div>
      {skipped > 0 ? (
        <p className="inline-error" role="alert">
          {t('videos.uploader.skipped', { count: skipped })}
        </p>
      ) : null}
      {messages.map((message, index) => (
        <p key={index} className="inline-error" role="alert" data-testid="video-upload-error">
          {message}
        </p>
      ))}
      {uppy && list.length > 0 ? (
        <div className="video-uploader__dashboard" data-testid="video-upload-progress">
          <Dashboard
            uppy={uppy}
            width="100%"
            height={260}
            theme="light"
            proudlyDisplayPoweredByUppy={false}
            hideUploadButton
            hideProgressAfterFinish
            disableThumbnailGenerator
            showNativeVideoCameraButton
            nativeCameraFacingMode="environment"
            doneButtonHandler={null}
          />
        </div>
      ) : null}
    </div>
  );
}
