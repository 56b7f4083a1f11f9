import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserAdminView } from '@/api-types/admin';
import type { MovePersonRequest } from '@/api-types/people';
import type { ShopView } from '@/api-types/shops';
import i18n from '@/lib/i18n';
import { PeopleScreen } from '@/features/admin/components/people-screen';
import { userAdmin } from '@/testing/admin-fixtures';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
  writeCalls,
} from '@/testing/test-utils';

const USERS = '/api/v1/admin/users';
const MOVE = 'PUT /api/v1/people/marc/shop';

function shop(code: string, name: string, active = true): ShopView {
  return { code, name, city: 'Ville', region: 'Région', active, peopleCount: 1, postCount: 0 };
}

const SHOPS = [
  shop('lyon-confluence', 'Lyon Confluence'),
  shop('paris-opera', 'Paris Opéra'),
  shop('nantes', 'Nantes', false),
];

function mockPeople(
  user: UserAdminView,
  move: (body: MovePersonRequest) => Response = () => jsonResponse({}),
) {
  return mockApi({
    [`GET ${USERS}`]: { items: [user], nextCursor: null },
    'GET /api/v1/shops': SHOPS,
    [MOVE]: ({ body }) => move(body as MovePersonRequest),
  });
}

async function openDialog() {
  renderWithProviders(<PeopleScreen />);
  await userEvent.click(await screen.findByTestId('user-move'));
  return screen.getByRole('dialog', { name: 'Où travaille Marc Durand' });
}

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('moving a person (admin people list)', () => {
  it('offers head office beside the open shops, and places the person there', async () => {
    const fetchMock = mockPeople(userAdmin());
    const dialog = await openDialog();
    const select = within(dialog).getByLabelText('Boutique ou siège');

    await waitFor(() => {
      expect(
        within(select)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Siège', 'Lyon Confluence', 'Paris Opéra']);
    });
    expect(select).toHaveValue('paris-opera');

    await userEvent.selectOptions(select, 'Siège');
    await userEvent.click(within(dialog).getByTestId('shop-move-submit'));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sentJson(fetchMock, MOVE)).toEqual({ headOffice: true });
    expect(screen.getByTestId('user-notice')).toHaveTextContent(
      'Nouvelle affectation de Marc Durand : Siège.',
    );
  });

  it('moves a person from head office to a shop, in English too', async () => {
    await i18n.changeLanguage('en');
    const fetchMock = mockPeople(userAdmin({ shop: null, headOffice: true }));
    renderWithProviders(<PeopleScreen />);

    expect(await screen.findByTestId('user-row')).toHaveTextContent('Head office');
    await userEvent.click(screen.getByTestId('user-move'));
    const dialog = screen.getByRole('dialog', { name: 'Where Marc Durand works' });
    const select = within(dialog).getByLabelText('Shop or head office');
    expect(select).toHaveValue(
      within(select).getByRole('option', { name: 'Head office' }).getAttribute('value'),
    );
    await within(dialog).findByRole('option', { name: 'Lyon Confluence' });
    await userEvent.selectOptions(select, 'Lyon Confluence');
    await userEvent.click(within(dialog).getByTestId('shop-move-submit'));

    await waitFor(() => {
      expect(sentJson(fetchMock, MOVE)).toEqual({ shop: 'lyon-confluence' });
    });
    expect(await screen.findByTestId('user-notice')).toHaveTextContent(
      'Marc Durand now works at: Lyon Confluence.',
    );
  });

  it('asks for a place before sending, for someone who has none yet', async () => {
    const fetchMock = mockPeople(userAdmin({ shop: null }));
    const dialog = await openDialog();

    await userEvent.click(within(dialog).getByTestId('shop-move-submit'));

    expect(within(dialog).getByLabelText('Boutique ou siège')).toHaveAccessibleDescription(
      'Ce champ est obligatoire.',
    );
    expect(writeCalls(fetchMock)).toEqual([]);
  });

  it('shows why the server refused, per field or for the whole move', async () => {
    let answer = problemResponse({
      status: 422,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'shop', code: 'UNKNOWN', message: 'No open shop with this code.' }],
    });
    mockPeople(userAdmin(), () => answer);
    const dialog = await openDialog();
    await userEvent.selectOptions(within(dialog).getByLabelText('Boutique ou siège'), 'Siège');

    await userEvent.click(within(dialog).getByTestId('shop-move-submit'));
    expect(await within(dialog).findByTestId('field-error-UNKNOWN')).toBeInTheDocument();

    answer = problemResponse({
      status: 409,
      code: 'SHOP_FROM_DIRECTORY',
      detail: 'server wording',
    });
    await userEvent.click(within(dialog).getByTestId('shop-move-submit'));
    expect(await within(dialog).findByTestId('shop-move-error')).toHaveTextContent(
      'La boutique de cette personne vient de l’annuaire de l’entreprise : elle se change là-bas.',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('offers no move when the company directory gives the shop', async () => {
    mockPeople(userAdmin({ shopFromDirectory: true }));
    renderWithProviders(<PeopleScreen />);

    const row = await screen.findByTestId('user-row');
    expect(row).toHaveTextContent('boutique donnée par l’annuaire de l’entreprise');
    expect(within(row).queryByTestId('user-move')).not.toBeInTheDocument();
    expect(within(row).getByTestId('user-suspend')).toBeInTheDocument();
  });
});
