import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostKind, PostView } from '@/api-types/posts';
import { Button } from '@/components/ui/button';
import { ComposerShell } from '@/components/composer/composer-shell';
import type {
  ComposerShellTestIds,
  ComposerVideoField,
} from '@/components/composer/composer-shell';
import { OUTBOX_POST, useCreatePost } from '@/features/posts/api/create-post';
import type { QueuedPost } from '@/features/posts/api/create-post';
import { postEditItem, useUpdatePost } from '@/features/posts/api/update-post';
import type { QueuedPostEdit } from '@/features/posts/api/update-post';
import { KindBadge } from '@/features/posts/components/post-badges';
import { BodyField } from '@/components/form/body-field';
import { CategorySelect } from '@/features/posts/components/composer/category-select';
import { KindPicker } from '@/features/posts/components/composer/kind-picker';
import { TagsInput } from '@/features/posts/components/composer/tags-input';
import { TitleField } from '@/features/posts/components/composer/title-field';
import { readLocalDraft, useDraftAutosave } from '@/features/posts/hooks/use-draft-autosave';
import { useComposerOutbox } from '@/hooks/use-composer-outbox';
import type { ComposerDraft } from '@/hooks/use-composer-outbox';
import {
  MAX_BODY_LENGTH,
  emptyValues,
  toUpdateRequest,
  valuesFromPost,
} from '@/features/posts/utils/composer-values';
import type { ComposerValues } from '@/features/posts/utils/composer-values';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { FieldErrorCode, FieldErrors } from '@/lib/field-errors';

const TEST_IDS: ComposerShellTestIds = {
  form: 'composer',
  queued: 'composer-queued',
  error: 'composer-error',
  waitVideos: 'composer-wait-videos',
};

export type ComposerMode = { type: 'create'; kind: PostKind } | { type: 'edit'; post: PostView };

export type { ComposerVideoField };

/** What the shop field gets, for authors without a shop; the app layer renders it. */
export interface ComposerShopField {
  /** A shop code, or null: on behalf of no shop. */
  value: string | null;
  onChange: (shop: string | null) => void;
  error: FieldErrorCode | undefined;
}

export interface ComposerProps {
  mode: ComposerMode;
  /** `published` is false when the post was saved as a draft. */
  onSaved: (post: PostView, published: boolean) => void;
  renderVideos?: ((field: ComposerVideoField) => ReactNode) | undefined;
  /** Only for new posts by people without a shop (head office), who may post for one. */
  renderShop?: ((field: ComposerShopField) => ReactNode) | undefined;
}

function baseValues(mode: ComposerMode): ComposerValues {
  return mode.type === 'create' ? emptyValues(mode.kind) : valuesFromPost(mode.post);
}

export function Composer({ mode, onSaved, renderVideos, renderShop }: ComposerProps) {
  const { t } = useTranslation();
  const storageKey = mode.type === 'create' ? 'new' : `post-${mode.post.id}`;
  const [restored, setRestored] = useState(() => readLocalDraft(storageKey));
  const [values, setValues] = useState(() => restored?.values ?? baseValues(mode));
  const [dirty, setDirty] = useState(false);
  const [shop, setShop] = useState<string | null>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const titleRef = useRef<HTMLInputElement>(null);
  const autosave = useDraftAutosave(storageKey, values, dirty);
  const create = useCreatePost();
  const update = useUpdatePost();
  const saving = mode.type === 'create' ? create : update;
  const outbox = useComposerOutbox((photo) => {
    // Functional: several uploads can finish before the next render.
    change((current) => ({ photos: [...current.photos, photo] }));
  });
  const blocked = saving.isPending || outbox.waiting;
  const errors: FieldErrors = { ...fieldErrorsOf(saving.error), ...clientErrors };
  const isDraft = mode.type === 'create' || mode.post.draft;

  type Patch = Partial<ComposerValues>;
  function change(patch: Patch | ((current: ComposerValues) => Patch)) {
    setValues((current) => ({
      ...current,
      ...(typeof patch === 'function' ? patch(current) : patch),
    }));
    setDirty(true);
    outbox.setQueued(false);
    if ('title' in patch) setClientErrors({});
  }

  /** Kept in the outbox: the form is done with this text (a new post's form starts afresh). */
  function markQueued() {
    autosave.clear();
    if (mode.type === 'create') setValues(baseValues(mode));
    setRestored(null);
    setDirty(false);
    outbox.setQueued(true);
  }

  /** No network: the post or its change goes to the outbox with the photos still held, and leaves from there. */
  function queue(publish: boolean) {
    const request = toUpdateRequest(values, !publish);
    let draft: ComposerDraft<QueuedPost | QueuedPostEdit>;
    if (mode.type === 'create') {
      const from = renderShop && shop ? { shop } : {};
      const payload: QueuedPost = { request: { kind: values.kind, ...request, ...from } };
      draft = { type: OUTBOX_POST, label: request.title, payload };
    } else {
      draft = postEditItem({ id: mode.post.id, request });
    }
    outbox.queue(draft, markQueued);
  }

  function submit(publish: boolean) {
    if (!values.title.trim()) {
      setClientErrors({ title: 'REQUIRED' });
      titleRef.current?.focus();
      return;
    }
    if (outbox.mustQueue()) {
      queue(publish);
      return;
    }
    const request = toUpdateRequest(values, !publish);
    if (mode.type === 'create') {
      const from = renderShop && shop ? { shop } : {};
      create.mutate(
        { kind: values.kind, ...request, ...from },
        {
          onSuccess: (post) => {
            autosave.clear();
            onSaved(post, publish);
          },
        },
      );
    } else {
      update.mutate(
        { id: mode.post.id, request },
        {
          // No answer from the network: the change waits in the outbox, and the form says so.
          onSuccess: (sent) => {
            if (sent.queued) {
              markQueued();
              return;
            }
            autosave.clear();
            onSaved(sent.result, publish);
          },
        },
      );
    }
  }

  return (
    <ComposerShell
      testIds={TEST_IDS}
      onSubmit={() => {
        submit(true);
      }}
      outbox={outbox}
      saving={saving}
      restored={
        restored && {
          savedAt: restored.savedAt,
          onDiscard: () => {
            autosave.clear();
            setValues(baseValues(mode));
            setRestored(null);
            setDirty(false);
          },
        }
      }
      photos={values.photos}
      photoError={errors.photoIds}
      onPhotosChange={(update) => {
        change((current) => ({ photos: update(current.photos) }));
      }}
      renderVideos={renderVideos}
      videoField={{
        videoIds: values.videoIds,
        onChange: (update) => {
          change((current) => ({ videoIds: update(current.videoIds) }));
        },
        error: errors.videoIds,
        known: mode.type === 'edit' ? mode.post.videos : undefined,
        storageId: `post-${storageKey}`,
      }}
      actions={
        <>
          {isDraft ? (
            <Button
              variant="secondary"
              disabled={blocked}
              data-testid="composer-save-draft"
              onClick={() => {
                submit(false);
              }}
            >
              {t('composer.saveDraft')}
            </Button>
          ) : null}
          <Button type="submit" disabled={blocked} data-testid="composer-publish">
            {isDraft ? t('composer.publish') : t('composer.saveChanges')}
          </Button>
        </>
      }
    >
      {mode.type === 'create' ? (
        <KindPicker
          value={values.kind}
          onChange={(kind) => {
            change({ kind });
          }}
        />
      ) : (
        <p>
          <KindBadge kind={values.kind} />
        </p>
      )}
      <TitleField
        value={values.title}
        error={errors.title}
        inputRef={titleRef}
        onChange={(title) => {
          change({ title });
        }}
      />
      <BodyField
        value={values.body}
        error={errors.body}
        maxLength={MAX_BODY_LENGTH}
        onChange={(body) => {
          change({ body });
        }}
      />
      <TagsInput
        tags={values.tags}
        error={errors.tags}
        onChange={(tags) => {
          change({ tags });
        }}
      />
      <CategorySelect
        value={values.categoryId}
        error={errors.categoryId}
        onChange={(categoryId) => {
          change({ categoryId });
        }}
      />
      {mode.type === 'create'
        ? renderShop?.({ value: shop, onChange: setShop, error: errors.shop })
        : null}
    </ComposerShell>
  );
}
