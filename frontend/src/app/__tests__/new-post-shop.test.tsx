import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NewPostRoute } from '@/app/routes/new-post';
import { meQueryKey } from '@/features/profile/api/get-me';
import { postView, SHOP_CHOICES as SHOPS } from '@/testing/fixtures';
import {
  jsonResponse,
  ME_FIXTURE,
  mockApi,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

const HEAD_OFFICE_ME = { ...ME_FIXTURE, shop: null, headOffice: true };

function renderNewPost(me: object, routes: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/shops': SHOPS,
    'GET /api/v1/categories': [],
    'GET /api/v1/tags': [],
    'GET /api/v1/posts': { items: [], nextCursor: null },
    ...routes,
  });
  const view = renderWithProviders(<NewPostRoute />, { route: '/posts/new' });
  return { ...view, fetchMock };
}

describe('New post: the shop it comes from', () => {
  it('lets head office post on behalf of no shop (the default) or of an open shop', async () => {
    const { fetchMock } = renderNewPost(HEAD_OFFICE_ME, {
      'POST /api/v1/posts': () => jsonResponse(postView({ id: 42 }), { status: 201 }),
    });

    const select = await screen.findByLabelText('Au nom de');
    expect(select).toHaveDisplayValue('Aucune boutique — siège');
    await waitFor(() => {
      expect(screen.getByRole('option', { name: 'Lyon Confluence' })).toBeInTheDocument();
    });
    expect(screen.queryByRole('option', { name: 'Ancienne' })).not.toBeInTheDocument();

    await userEvent.selectOptions(select, 'lyon-confluence');
    await userEvent.type(screen.getByLabelText('Titre'), 'Une idée du siège');
    await userEvent.click(screen.getByTestId('composer-publish'));

    await waitFor(() => {
      expect(sentJson(fetchMock, 'POST /api/v1/posts')).toMatchObject({
        title: 'Une idée du siège',
        shop: 'lyon-confluence',
      });
    });
  });

  it('sends no shop when head office keeps the default, and shows a refused shop next to the field', async () => {
    const { fetchMock } = renderNewPost(HEAD_OFFICE_ME, {
      'POST /api/v1/posts': () =>
        validationProblem([{ field: 'shop', code: 'UNKNOWN', message: 'x' }]),
    });

    const select = await screen.findByLabelText('Au nom de');
    await userEvent.type(screen.getByLabelText('Titre'), 'Sans boutique');
    await userEvent.click(screen.getByTestId('composer-publish'));

    await waitFor(() => {
      expect(select).toHaveAttribute('aria-invalid', 'true');
    });
    expect(sentJson(fetchMock, 'POST /api/v1/posts')).not.toHaveProperty('shop');
  });

  it('shows no shop select to people who have a shop', async () => {
    const { queryClient } = renderNewPost(ME_FIXTURE);
    await waitFor(() => {
      expect(queryClient.getQueryData(meQueryKey)).toBeDefined();
    });
    expect(await screen.findByLabelText('Titre')).toBeInTheDocument();
    expect(screen.queryByLabelText('Au nom de')).not.toBeInTheDocument();
  });
});
