import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntryComposer } from '@/features/guestbook/components/entry-composer';
import { entryView, photo } from '@/testing/fixtures';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

function renderComposer(routes: Parameters<typeof mockApi>[0] = {}) {
  const onSaved = vi.fn();
  const fetchMock = mockApi({
    'POST /api/v1/media/photos': () => jsonResponse(photo(), { status: 201 }),
    'POST /api/v1/guestbooks/paris-opera/entries': () => jsonResponse(entryView(), { status: 201 }),
    ...routes,
  });
  renderWithProviders(
    <EntryComposer mode={{ type: 'create', shop: 'paris-opera' }} onSaved={onSaved} />,
  );
  return { fetchMock, onSaved };
}

async function addPhoto() {
  const file = new File([new Uint8Array([137, 80, 78, 71])], 'client.png', { type: 'image/png' });
  await userEvent.upload(screen.getByTestId('photo-camera-input'), file);
  await screen.findByTestId('entry-customer-question');
}

describe('EntryComposer', () => {
  it('asks whether photos show a customer and will not publish without the consent tick', async () => {
    const { fetchMock, onSaved } = renderComposer();
    await userEvent.click(screen.getByTestId('entry-kind-customer_moment'));
    await userEvent.type(
      screen.getByLabelText('Ce qui s’est passé'.replace('’', "'")),
      'Madame R. a adoré',
    );
    await addPhoto();

    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(screen.getByTestId('field-error-REQUIRED')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('entry-shows-customer-yes'));
    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(screen.getByTestId('entry-consent-error')).toHaveTextContent('Cochez pour confirmer');
    expect(sentJson(fetchMock, 'POST /api/v1/guestbooks/paris-opera/entries')).toBeUndefined();

    await userEvent.click(screen.getByTestId('entry-consent'));
    await userEvent.click(screen.getByTestId('entry-publish'));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    });
    expect(sentJson(fetchMock, 'POST /api/v1/guestbooks/paris-opera/entries')).toMatchObject({
      kind: 'customer_moment',
      body: 'Madame R. a adoré',
      photoIds: ['p-1'],
      photosShowCustomer: true,
      customerConsent: true,
    });
  });

  it('needs no tick when the photos show no customer', async () => {
    const { fetchMock } = renderComposer();
    await userEvent.type(screen.getByRole('textbox', { name: /Ce qui s/ }), 'Nouvelle vitrine');
    await addPhoto();
    await userEvent.click(screen.getByTestId('entry-shows-customer-no'));
    expect(screen.queryByTestId('entry-consent')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('entry-publish'));
    await waitFor(() => {
      expect(sentJson(fetchMock, 'POST /api/v1/guestbooks/paris-opera/entries')).toMatchObject({
        photosShowCustomer: false,
        customerConsent: false,
      });
    });
  });

  it('shows the server’s refusal in the person’s language', async () => {
    renderComposer({
      'POST /api/v1/guestbooks/paris-opera/entries': () =>
        problemResponse({ status: 403, code: 'NOT_A_MEMBER', title: 'Forbidden' }),
    });
    await userEvent.type(screen.getByRole('textbox', { name: /Ce qui s/ }), 'Essai');
    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(await screen.findByTestId('entry-composer-error')).toHaveTextContent(
      "Seuls les membres de cette boutique écrivent dans son livre d'or.",
    );
  });

  it('says under the text that it holds a blocked word, and keeps what was typed', async () => {
    renderComposer({
      'POST /api/v1/guestbooks/paris-opera/entries': () =>
        validationProblem([
          { field: 'body', code: 'BLOCKED_WORD', message: 'Contains blocked words: arnaque' },
        ]),
    });
    const body = screen.getByRole('textbox', { name: /Ce qui s/ });
    await userEvent.type(body, 'Une vraie arnaque');
    await userEvent.click(screen.getByTestId('entry-publish'));

    const message = await screen.findByTestId('field-error-BLOCKED_WORD');
    expect(message).toHaveTextContent('Ce texte contient un mot interdit ici : reformulez.');
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.queryByText(/Contains blocked words/)).not.toBeInTheDocument();
    expect(body).toHaveValue('Une vraie arnaque');
  });

  it('asks the same customer question for a film, and sends its id', async () => {
    const fetchMock = mockApi({
      'POST /api/v1/guestbooks/paris-opera/entries': () =>
        jsonResponse(entryView(), { status: 201 }),
    });
    renderWithProviders(
      <EntryComposer
        mode={{ type: 'create', shop: 'paris-opera' }}
        onSaved={vi.fn()}
        renderVideos={(field) => (
          <button
            type="button"
            data-storage={field.storageId}
            onClick={() => {
              field.onChange((ids) => [...ids, 'v-1']);
            }}
          >
            film uploaded
          </button>
        )}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Ce qui s/ }), 'Démonstration filmée');
    expect(screen.queryByTestId('entry-customer-question')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'film uploaded' }));
    expect(screen.getByRole('button', { name: 'film uploaded' })).toHaveAttribute(
      'data-storage',
      'entry-new-paris-opera',
    );
    expect(screen.getByTestId('entry-customer-question')).toHaveTextContent(
      'Ces photos ou vidéos montrent-elles un client ?',
    );
    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(screen.getByTestId('field-error-REQUIRED')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('entry-shows-customer-no'));
    await userEvent.click(screen.getByTestId('entry-publish'));

    await waitFor(() => {
      expect(sentJson(fetchMock, 'POST /api/v1/guestbooks/paris-opera/entries')).toMatchObject({
        photoIds: [],
        videoIds: ['v-1'],
        photosShowCustomer: false,
        customerConsent: false,
      });
    });
  });
});
