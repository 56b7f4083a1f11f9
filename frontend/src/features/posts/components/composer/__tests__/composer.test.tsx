import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '@/features/posts/components/composer/composer';
import type { ComposerVideoField } from '@/features/posts/components/composer/composer';
import { AUTOSAVE_DELAY_MS } from '@/features/posts/hooks/use-draft-autosave';
import i18n from '@/lib/i18n';
import { userScopedKey } from '@/lib/local-data';
import { photo, postView } from '@/testing/fixtures';
import { TEST_USER_ID } from '@/testing/mock-auth';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

const DRAFT_KEY = userScopedKey(TEST_USER_ID, 'composer.new');
const CATEGORIES = [
  { id: 2, name: 'Vitrine', position: 2 },
  { id: 1, name: 'Accueil', position: 1 },
];

function renderComposer(routes: Parameters<typeof mockApi>[0] = {}) {
  const onSaved = vi.fn();
  const fetchMock = mockApi({
    'GET /api/v1/categories': CATEGORIES,
    'GET /api/v1/tags': [],
    ...routes,
  });
  const view = renderWithProviders(
    <Composer mode={{ type: 'create', kind: 'practice' }} onSaved={onSaved} />,
  );
  return { ...view, onSaved, fetchMock };
}

/** Types `title` and publishes. */
async function publishTitled(title: string) {
  await userEvent.type(screen.getByLabelText('Titre'), title);
  await userEvent.click(screen.getByTestId('composer-publish'));
}

/** A server refusing the new post for `code` on `field`. */
function refusedPost(field: string, code: string) {
  return { 'POST /api/v1/posts': () => validationProblem([{ field, code, message: 'x' }]) };
}

describe('Composer', () => {
  it('shows each 422 error next to its field, in English', async () => {
    await i18n.changeLanguage('en');
    renderComposer({
      'POST /api/v1/posts': () =>
        validationProblem([
          { field: 'title', code: 'TOO_LONG', message: 'server wording' },
          { field: 'tags[3]', code: 'TOO_MANY', message: 'server wording' },
          { field: 'categoryId', code: 'UNKNOWN', message: 'server wording' },
        ]),
    });

    await userEvent.type(screen.getByLabelText('Title'), 'Un titre');
    await userEvent.click(screen.getByTestId('composer-publish'));

    expect(await screen.findByTestId('composer-error')).toHaveTextContent(
      'Some information is invalid. Fix it, then try again.',
    );
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/^This is too long\./);
    expect(screen.getByLabelText('Tags')).toHaveAccessibleDescription(/^There are too many\./);
    expect(screen.getByLabelText('Category')).toHaveAccessibleDescription(
      'This value does not exist (any more).',
    );
    expect(screen.getByLabelText('Description')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('server wording')).not.toBeInTheDocument();
  });

  it('shows the same errors in French', async () => {
    renderComposer(refusedPost('body', 'TOO_LONG'));

    await publishTitled('Un titre');

    await waitFor(() => {
      expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(
        /^C’est trop long\./,
      );
    });
  });

  it('asks to rephrase a text holding a blocked word, without the server’s English wording', async () => {
    renderComposer({
      'POST /api/v1/posts': () =>
        validationProblem([
          {
            field: 'body',
            code: 'BLOCKED_WORD',
            message: '"arnaque" cannot be published on Bravo. Please rephrase.',
          },
        ]),
    });

    await publishTitled('Un titre');

    await waitFor(() => {
      expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(
        /^Ce texte contient un mot interdit ici : reformulez\./,
      );
    });
    expect(screen.queryByText(/cannot be published/)).not.toBeInTheDocument();
  });

  it('asks for a title before sending anything', async () => {
    const { fetchMock } = renderComposer();

    await userEvent.click(screen.getByTestId('composer-publish'));

    expect(screen.getByLabelText('Titre')).toHaveAccessibleDescription(
      /^Ce champ est obligatoire\./,
    );
    expect(screen.getByLabelText('Titre')).toHaveFocus();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('restores an unsaved draft after the page is closed and reopened', async () => {
    const first = renderComposer();
    await userEvent.click(screen.getByTestId('composer-kind-idea'));
    await userEvent.type(screen.getByLabelText('Titre'), 'Un parking vélo');
    await userEvent.type(screen.getByLabelText('Description'), 'Devant la boutique');

    await waitFor(() => {
      expect(localStorage.getItem(DRAFT_KEY)).toContain('Devant la boutique');
    });
    first.unmount();

    renderComposer();

    expect(screen.getByTestId('draft-restored')).toHaveTextContent(
      'Brouillon non enregistré restauré',
    );
    expect(screen.getByLabelText('Titre')).toHaveValue('Un parking vélo');
    expect(screen.getByLabelText('Description')).toHaveValue('Devant la boutique');
    expect(screen.getByTestId('composer-kind-idea')).toBeChecked();
  });

  it('publishes everything the form holds, then forgets the local draft', async () => {
    const { onSaved, fetchMock } = renderComposer({
      'POST /api/v1/posts': ({ body }) =>
        jsonResponse(postView({ id: 42, ...(body as object) }), { status: 201 }),
      'GET /api/v1/tags': ({ url }) =>
        jsonResponse(url.searchParams.get('q') === 'vit' ? [{ tag: 'vitrine', count: 12 }] : []),
    });

    await userEvent.type(screen.getByLabelText('Titre'), '  Vitrine de Noël  ');
    const tags = screen.getByLabelText('Mots-clés');
    await userEvent.type(tags, '#Accueil Client{Enter}');
    await userEvent.type(tags, 'Noël,');
    await userEvent.type(tags, 'vit');
    const suggestions = await screen.findByRole('listbox', { name: 'Mots-clés existants' });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(suggestions).not.toBeInTheDocument();
    expect(screen.getAllByTestId('composer-tag').map((chip) => chip.textContent)).toEqual([
      '#accueil-client×',
      '#noël×',
      '#vitrine×',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer #noël' }));
    await waitFor(() => {
      expect(within(screen.getByLabelText('Catégorie')).getAllByRole('option')).toHaveLength(3);
    });
    await userEvent.selectOptions(screen.getByLabelText('Catégorie'), 'Vitrine');
    await waitFor(() => {
      expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull();
    });

    await userEvent.click(screen.getByTestId('composer-publish'));

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 42 }), true);
    });
    expect(sentJson(fetchMock, 'POST /api/v1/posts')).toEqual({
      kind: 'practice',
      title: 'Vitrine de Noël',
      body: '',
      tags: ['accueil-client', 'vitrine'],
      categoryId: 2,
      photoIds: [],
      videoIds: [],
      draft: false,
    });
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('does not write the local copy back when publishing right after typing', async () => {
    const { onSaved } = renderComposer({
      'POST /api/v1/posts': ({ body }) =>
        jsonResponse(postView({ id: 3, ...(body as object) }), { status: 201 }),
    });

    await publishTitled('Vite fait');
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    });
    // Past the autosave delay: a write scheduled before publishing must not land.
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 200));

    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('saves a draft on the server when asked', async () => {
    const { onSaved, fetchMock } = renderComposer({
      'POST /api/v1/posts': ({ body }) =>
        jsonResponse(postView({ id: 7, draft: true, ...(body as object) }), { status: 201 }),
    });

    await userEvent.type(screen.getByLabelText('Titre'), 'À finir');
    await userEvent.click(screen.getByTestId('composer-save-draft'));

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), false);
    });
    expect(sentJson(fetchMock, 'POST /api/v1/posts')).toMatchObject({ draft: true });
  });

  it('uploads each photo as multipart and sends their ids', async () => {
    const { fetchMock } = renderComposer({
      'POST /api/v1/media/photos': () => jsonResponse(photo(), { status: 201 }),
      'POST /api/v1/posts': ({ body }) => jsonResponse(postView(body as object), { status: 201 }),
    });
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'vitrine.png', {
      type: 'image/png',
    });

    await userEvent.upload(screen.getByTestId('photo-input'), file);

    expect(await screen.findByTestId('composer-photo')).toBeInTheDocument();
    const upload = fetchMock.mock.calls.find(([url]) => url === '/api/v1/media/photos');
    const form = upload?.[1]?.body;
    expect(form).toBeInstanceOf(FormData);
    expect((form as FormData).get('file')).toBeInstanceOf(File);
    expect(new Headers(upload?.[1]?.headers).has('Content-Type')).toBe(false);

    await publishTitled('Avec photo');
    await waitFor(() => {
      expect(sentJson(fetchMock, 'POST /api/v1/posts')).toMatchObject({ photoIds: ['p-1'] });
    });
  });

  it('explains a refused photo on its own tile', async () => {
    renderComposer({
      'POST /api/v1/media/photos': () =>
        problemResponse({ status: 415, code: 'UNSUPPORTED_IMAGE' }),
    });

    await userEvent.upload(
      screen.getByTestId('photo-input'),
      new File(['x'], 'scan.heic', { type: 'image/heic' }),
    );

    expect(await screen.findByTestId('photo-upload-failed')).toHaveTextContent(
      'scan.heic: Cette image n’est pas lisible',
    );
  });

  describe('videos', () => {
    /** Stands in for the videos feature, which the app layer plugs in. */
    function VideoFieldStub({ field }: { field: ComposerVideoField }) {
      return (
        <div data-testid="video-field" data-storage={field.storageId} data-error={field.error}>
          <span data-testid="video-field-ids">{field.videoIds.join(',')}</span>
          <button
            type="button"
            onClick={() => {
              // Two uploads finishing before the next render.
              field.onChange((ids) => [...ids, 'v-1']);
              field.onChange((ids) => [...ids, 'v-2']);
            }}
          >
            two uploaded
          </button>
          {(['uploading', 'idle'] as const).map((label) => (
            <button
              key={label}
              type="button"
              onClick={() => {
                field.onBusyChange(label === 'uploading');
              }}
            >
              {label}
            </button>
          ))}
        </div>
      );
    }

    function renderWithVideos(routes: Parameters<typeof mockApi>[0] = {}) {
      const fetchMock = mockApi({
        'GET /api/v1/categories': CATEGORIES,
        'GET /api/v1/tags': [],
        'POST /api/v1/posts': ({ body }) => jsonResponse(postView(body as object), { status: 201 }),
        ...routes,
      });
      renderWithProviders(
        <Composer
          mode={{ type: 'create', kind: 'practice' }}
          onSaved={vi.fn()}
          renderVideos={(field) => <VideoFieldStub field={field} />}
        />,
      );
      return fetchMock;
    }

    it('sends the ids of the uploaded videos with the post', async () => {
      const fetchMock = renderWithVideos();

      expect(screen.getByTestId('video-field')).toHaveAttribute('data-storage', 'post-new');
      await userEvent.click(screen.getByRole('button', { name: 'two uploaded' }));
      expect(screen.getByTestId('video-field-ids')).toHaveTextContent('v-1,v-2');
      await publishTitled('En vidéo');

      await waitFor(() => {
        expect(sentJson(fetchMock, 'POST /api/v1/posts')).toMatchObject({
          videoIds: ['v-1', 'v-2'],
        });
      });
    });

    it('waits for an upload in progress before publishing', async () => {
      renderWithVideos();

      await userEvent.click(screen.getByRole('button', { name: 'uploading' }));
      expect(screen.getByTestId('composer-publish')).toBeDisabled();
      expect(screen.getByTestId('composer-wait-videos')).toHaveTextContent(
        'Patientez pendant l’envoi des vidéos…',
      );
      await userEvent.click(screen.getByRole('button', { name: 'idle' }));
      expect(screen.getByTestId('composer-publish')).toBeEnabled();
    });

    it('hands a 422 on videoIds to the videos field', async () => {
      renderWithVideos(refusedPost('videoIds[0]', 'UNKNOWN'));

      await publishTitled('En vidéo');

      await waitFor(() => {
        expect(screen.getByTestId('video-field')).toHaveAttribute('data-error', 'UNKNOWN');
      });
    });

    it('restores a local draft written before posts had videos', () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          savedAt: '2026-11-01T10:00:00Z',
          values: {
            kind: 'practice',
            title: 'Ancien brouillon',
            body: '',
            tags: [],
            categoryId: null,
            photos: [],
          },
        }),
      );

      renderWithVideos();

      expect(screen.getByLabelText('Titre')).toHaveValue('Ancien brouillon');
      expect(screen.getByTestId('video-field-ids')).toBeEmptyDOMElement();
    });
  });
});
