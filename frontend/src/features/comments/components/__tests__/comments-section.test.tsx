import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommentsSection } from '@/features/comments/components/comments-section';
import i18n from '@/lib/i18n';
import { comment } from '@/testing/fixtures';
import {
  calledUrls,
  deferred,
  jsonResponse,
  mockApi,
  nth,
  problemResponse,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

const PEOPLE = [
  { username: 'camille', displayName: 'Camille Martin', shop: 'paris-opera' },
  { username: 'carla', displayName: 'Carla Petit', shop: 'lyon-confluence' },
];

/** The server's answer when the text holds a word the admins block (docs/api/moderation.md). */
function refused(field: string, code: string) {
  return () => validationProblem([{ field, code, message: 'Contains blocked words: arnaque' }]);
}

function renderSection(routes: Parameters<typeof mockApi>[0]) {
  const onChanged = vi.fn();
  const fetchMock = mockApi({ 'GET /api/v1/people': PEOPLE, ...routes });
  renderWithProviders(
    <CommentsSection
      target={{ type: 'post', id: 1 }}
      currentUsername="camille"
      onChanged={onChanged}
    />,
  );
  return { fetchMock, onChanged };
}

/** Sends `text` as a first comment, refused for `code` on `field`; the text field is returned. */
async function commentRefused(text: string, field: string, code: string) {
  renderSection({
    'GET /api/v1/posts/1/comments': [],
    'POST /api/v1/posts/1/comments': refused(field, code),
  });
  const input = await screen.findByTestId('comment-composer-input');
  await userEvent.type(input, text);
  await userEvent.click(screen.getByTestId('comment-composer-submit'));
  return input;
}

describe('CommentsSection', () => {
  it('scrolls to the comment a link points at, once the comments have loaded', async () => {
    const comments = deferred<Response>();
    mockApi({ 'GET /api/v1/posts/1/comments': () => comments.promise });
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    renderWithProviders(
      <CommentsSection target={{ type: 'post', id: 1 }} currentUsername="camille" />,
      {
        route: '/posts/1#comment-3',
      },
    );
    expect(scroll).not.toHaveBeenCalled();

    comments.resolve(
      jsonResponse([
        comment({ id: 2, bodyHtml: '<p>Premier</p>' }),
        comment({ id: 3, bodyHtml: '<p>Celui du lien</p>' }),
      ]),
    );

    await screen.findByText('Celui du lien');
    expect(scroll).toHaveBeenCalledOnce();
    expect(scroll.mock.contexts[0]).toHaveAttribute('id', 'comment-3');
    expect(scroll.mock.contexts[0]).toHaveTextContent('Celui du lien');
  });

  it('groups replies under their comment and keeps deleted ones as placeholders', async () => {
    renderSection({
      'GET /api/v1/posts/1/comments': [
        comment({ id: 1, body: '', bodyHtml: '', deleted: true }),
        comment({ id: 2, parentId: 1, bodyHtml: '<p>Réponse A</p>' }),
        comment({ id: 3, bodyHtml: '<p>Deuxième fil</p>' }),
      ],
    });

    const list = await screen.findByTestId('comment-list');
    const threads = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.className === 'comment-thread');
    expect(threads).toHaveLength(2);
    expect(within(nth(threads, 0)).getByTestId('comment-deleted')).toHaveTextContent(
      'Ce commentaire a été supprimé.',
    );
    expect(within(nth(threads, 0)).getByText('Réponse A')).toBeInTheDocument();
    expect(within(nth(threads, 1)).getByText('Deuxième fil')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 commentaires' })).toBeInTheDocument();
  });

  it('suggests people after @ and inserts the chosen username with the keyboard', async () => {
    const { fetchMock } = renderSection({ 'GET /api/v1/posts/1/comments': [] });
    const input = await screen.findByTestId('comment-composer-input');

    await userEvent.type(input, 'Merci @ca');

    const suggestions = await screen.findByRole('listbox', { name: 'Personnes à mentionner' });
    expect(
      within(suggestions)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Camille Martin@camille · paris-opera', 'Carla Petit@carla · lyon-confluence']);
    expect(calledUrls(fetchMock)).toContain('/api/v1/people?q=ca&limit=8');
    expect(within(suggestions).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');

    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute(
      'aria-activedescendant',
      within(suggestions).getAllByRole('option')[1]?.id,
    );
    await userEvent.keyboard('{Enter}');

    expect(input).toHaveValue('Merci @carla ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await userEvent.type(input, 'pour le coup de main');
    expect(input).toHaveValue('Merci @carla pour le coup de main');
  });

  it('closes the suggestions with Escape and keeps the typed text', async () => {
    renderSection({ 'GET /api/v1/posts/1/comments': [] });
    const input = await screen.findByTestId('comment-composer-input');

    await userEvent.type(input, '@cam');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('@cam');
  });

  it('posts a comment, and a reply under the top comment of the thread', async () => {
    const { fetchMock, onChanged } = renderSection({
      'GET /api/v1/posts/1/comments': [
        comment({ id: 1 }),
        comment({
          id: 2,
          parentId: 1,
          author: { username: 'nadia', displayName: 'Nadia', shop: null },
        }),
      ],
      'POST /api/v1/posts/1/comments': ({ body }) =>
        jsonResponse(comment({ id: 9, ...(body as object) }), { status: 201 }),
    });
    await screen.findByTestId('comment-list');

    const replyButtons = screen.getAllByTestId('comment-reply');
    await userEvent.click(nth(replyButtons, 1));
    const reply = screen.getByTestId('reply-composer-input');
    expect(reply).toHaveValue('@nadia ');
    await userEvent.type(reply, 'bien vu');
    await userEvent.click(screen.getByTestId('reply-composer-submit'));

    await waitFor(() => {
      expect(onChanged).toHaveBeenCalledTimes(1);
    });
    expect(sentJson(fetchMock, 'POST /api/v1/posts/1/comments', 0)).toEqual({
      body: '@nadia bien vu',
      parentId: 1,
    });

    await userEvent.type(screen.getByTestId('comment-composer-input'), 'Top !');
    await userEvent.click(screen.getByTestId('comment-composer-submit'));
    await waitFor(() => {
      expect(screen.getByTestId('comment-composer-input')).toHaveValue('');
    });
    expect(sentJson(fetchMock, 'POST /api/v1/posts/1/comments', 1)).toEqual({
      body: 'Top !',
      parentId: null,
    });
  });

  it('gives a bravo to a comment at once and takes it back when refused', async () => {
    const answer = deferred<Response>();
    renderSection({
      'GET /api/v1/posts/1/comments': [comment({ id: 5, bravoCount: 2 })],
      'PUT /api/v1/comments/5/bravo': () => answer.promise,
    });
    const button = await screen.findByTestId('comment-bravo');

    await userEvent.click(button);
    expect(screen.getByTestId('comment-bravo-count')).toHaveTextContent('3 bravos');

    answer.resolve(problemResponse({ status: 403, code: 'OWN_CONTENT' }));

    await waitFor(() => {
      expect(screen.getByTestId('comment-bravo-count')).toHaveTextContent('2 bravos');
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Votre bravo n’a pas pu être enregistré. Vous ne pouvez pas donner de bravo',
    );
  });

  it('does not offer a bravo on the user’s own comment', async () => {
    renderSection({
      'GET /api/v1/posts/1/comments': [
        comment({
          author: { username: 'camille', displayName: 'Camille', shop: null },
          canEdit: true,
        }),
      ],
    });
    expect(await screen.findByTestId('comment-bravo')).toHaveAttribute('aria-disabled', 'true');
  });

  it('says comments are closed instead of offering to write one', async () => {
    mockApi({ 'GET /api/v1/posts/1/comments': [comment({ id: 2 })] });
    renderWithProviders(
      <CommentsSection target={{ type: 'post', id: 1 }} currentUsername="camille" closed />,
    );

    expect(await screen.findByTestId('comment')).toBeInTheDocument();
    expect(screen.getByTestId('comments-closed')).toHaveTextContent('Les commentaires sont fermés');
    expect(screen.queryByTestId('comment-composer')).not.toBeInTheDocument();
    expect(screen.queryByTestId('comment-reply')).not.toBeInTheDocument();
  });

  it('closes the form when comments were locked while writing, and refreshes the page', async () => {
    const { onChanged } = renderSection({
      'GET /api/v1/posts/1/comments': [],
      'POST /api/v1/posts/1/comments': () =>
        problemResponse({ status: 409, code: 'COMMENTS_LOCKED' }),
    });
    await userEvent.type(await screen.findByTestId('comment-composer-input'), 'Trop tard ?');
    await userEvent.click(screen.getByTestId('comment-composer-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les commentaires ont été fermés entre-temps : votre commentaire n’a pas été publié.',
    );
    expect(screen.getByTestId('comments-closed')).toHaveTextContent('Les commentaires sont fermés');
    expect(screen.queryByTestId('comment-composer')).not.toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('marks a hidden comment for its author, who cannot be answered under it', async () => {
    renderSection({
      'GET /api/v1/posts/1/comments': [
        comment({ id: 2, author: { username: 'camille', displayName: 'Camille', shop: null } }),
        comment({
          id: 3,
          author: { username: 'camille', displayName: 'Camille', shop: null },
          hidden: true,
          pendingReview: true,
        }),
      ],
    });

    const items = await screen.findAllByTestId('comment');
    expect(within(nth(items, 0)).queryByRole('note')).not.toBeInTheDocument();
    expect(within(nth(items, 1)).getByRole('note')).toHaveTextContent(
      'En attente de vérification — seuls vous et les modérateurs pouvez voir ceci',
    );
    expect(within(nth(items, 0)).getByTestId('comment-reply')).toBeInTheDocument();
    expect(within(nth(items, 1)).queryByTestId('comment-reply')).not.toBeInTheDocument();
  });

  it('offers the report action on other people’s comments and moderation to moderators', async () => {
    mockApi({
      'GET /api/v1/posts/1/comments': [
        comment({ id: 2 }),
        comment({ id: 3, author: { username: 'camille', displayName: 'Camille', shop: null } }),
      ],
    });
    renderWithProviders(
      <CommentsSection
        target={{ type: 'post', id: 1 }}
        currentUsername="camille"
        canModerate
        renderReport={(content) => (
          <button type="button">{`signaler ${content.type} ${content.id}`}</button>
        )}
      />,
    );

    const items = await screen.findAllByTestId('comment');
    expect(within(nth(items, 0)).getByRole('button', { name: 'signaler comment 2' })).toBeVisible();
    expect(within(nth(items, 1)).queryByRole('button', { name: /^signaler/ })).toBeNull();
    expect(
      within(nth(items, 1)).getByRole('link', { name: 'Modérer ce commentaire' }),
    ).toHaveAttribute('href', '/moderation/comment/3');
  });

  it('has no moderation link for everyone else', async () => {
    renderSection({ 'GET /api/v1/posts/1/comments': [comment({ id: 2 })] });

    await screen.findByTestId('comment');
    expect(screen.queryByTestId('comment-moderate')).not.toBeInTheDocument();
  });
  it('says under the text that it holds a blocked word, and keeps what was typed', async () => {
    const input = await commentRefused('Quelle arnaque', 'body', 'BLOCKED_WORD');

    const message = await screen.findByTestId('field-error-BLOCKED_WORD');
    expect(message).toHaveTextContent('Ce texte contient un mot interdit ici : reformulez.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', message.id);
    expect(screen.getByRole('alert')).toHaveTextContent('Ce texte contient un mot interdit');
    expect(screen.queryByText(/Certaines informations sont invalides/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Contains blocked words/)).not.toBeInTheDocument();
    expect(input).toHaveValue('Quelle arnaque');
  });

  it('says it in English to an English reader', async () => {
    await i18n.changeLanguage('en');
    await commentRefused('What a scam', 'body', 'BLOCKED_WORD');

    expect(await screen.findByTestId('field-error-BLOCKED_WORD')).toHaveTextContent(
      'This text contains a word not allowed here: please rephrase.',
    );
  });

  it.each([
    ['REQUIRED', 'Ce champ est obligatoire.'],
    ['TOO_LONG', 'C’est trop long.'],
  ])('shows the server’s %s on the text of a reply under it', async (code, text) => {
    renderSection({
      'GET /api/v1/posts/1/comments': [comment({ id: 1 })],
      'POST /api/v1/posts/1/comments': refused('body', code),
    });
    await userEvent.click(await screen.findByTestId('comment-reply'));
    const reply = screen.getByTestId('reply-composer-input');
    await userEvent.type(reply, 'ma réponse');
    await userEvent.click(screen.getByTestId('reply-composer-submit'));

    expect(await screen.findByTestId(`field-error-${code}`)).toHaveTextContent(text);
    expect(screen.getByTestId('reply-composer-input')).toHaveValue('ma réponse');
  });

  it('keeps the generic message when the refusal is about something else than the text', async () => {
    const input = await commentRefused('Bonjour', 'parentId', 'UNKNOWN');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Certaines informations sont invalides. Corrigez-les, puis réessayez.',
    );
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveValue('Bonjour');
  });

  it('keeps an edit open with its text when a blocked word is refused, until cancelled', async () => {
    const { fetchMock } = renderSection({
      'GET /api/v1/posts/1/comments': [
        comment({
          id: 4,
          author: { username: 'camille', displayName: 'Camille', shop: null },
          canEdit: true,
        }),
      ],
      'PUT /api/v1/comments/4': refused('body', 'BLOCKED_WORD'),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier' }));
    const input = screen.getByTestId('comment-edit-input');
    await userEvent.type(input, ', vraie arnaque');
    await userEvent.click(screen.getByTestId('comment-edit-submit'));

    expect(await screen.findByTestId('field-error-BLOCKED_WORD')).toHaveTextContent(
      'Ce texte contient un mot interdit ici : reformulez.',
    );
    expect(sentJson(fetchMock, 'PUT /api/v1/comments/4')).toEqual({
      body: 'Super idée, vraie arnaque',
    });
    expect(input).toHaveValue('Super idée, vraie arnaque');

    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await userEvent.click(screen.getByRole('button', { name: 'Modifier' }));
    expect(screen.getByTestId('comment-edit-input')).toHaveValue('Super idée');
    expect(screen.queryByTestId('field-error-BLOCKED_WORD')).not.toBeInTheDocument();
  });
});
