import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WatchWordsScreen } from '@/features/admin/components/watch-words-screen';
import { watchWord } from '@/testing/admin-fixtures';
import { TEST_ACCESS_TOKEN } from '@/testing/mock-auth';
import {
  calledUrls,
  jsonResponse,
  mockApi,
  mockFetch,
  nth,
  problemResponse,
  renderWithProviders,
  sentJson,
} from '@/testing/test-utils';

const WORDS = '/api/v1/admin/watch-words';
const IMPORT = `${WORDS}/import`;

/** The import sends CSV, not JSON, so it is answered before the JSON routes parse the body. */
function mockWithImport(answerImport: (csv: string, init?: RequestInit) => Response) {
  const json = mockApi({
    [`GET ${WORDS}`]: [watchWord(), watchWord({ id: 2, phrase: 'gratuit', action: 'flag' })],
  });
  return mockFetch((input, init) => {
    if (new URL(input, 'http://localhost').pathname === IMPORT) {
      return answerImport(typeof init?.body === 'string' ? init.body : '', init);
    }
    return json(input, init);
  });
}

function csvFile(text: string) {
  return new File([text], 'mots.csv', { type: 'text/csv' });
}

describe('watch words', () => {
  it('lists the words and changes the effect of one in place', async () => {
    const fetchMock = mockApi({
      [`GET ${WORDS}`]: [watchWord()],
      [`PUT ${WORDS}/1`]: watchWord({ action: 'block' }),
    });
    renderWithProviders(<WatchWordsScreen />);

    const row = await screen.findByTestId('watch-word-row');
    expect(row).toHaveTextContent('arnaque');
    await userEvent.selectOptions(within(row).getByLabelText('Effet de « arnaque »'), 'block');

    await waitFor(() => {
      expect(sentJson(fetchMock, `PUT ${WORDS}/1`)).toEqual({ phrase: 'arnaque', action: 'block' });
    });
  });

  it('says when a word is already watched', async () => {
    mockApi({
      [`GET ${WORDS}`]: [watchWord()],
      [`POST ${WORDS}`]: () => problemResponse({ status: 409, code: 'WATCH_WORD_EXISTS' }),
    });
    renderWithProviders(<WatchWordsScreen />);

    await userEvent.type(screen.getByTestId('watch-word-phrase'), 'Arnaqué');
    await userEvent.click(screen.getByTestId('watch-word-submit'));

    expect(await screen.findByTestId('watch-word-error')).toHaveTextContent(
      'Ce mot est déjà surveillé',
    );
  });

  it('deletes a word only once confirmed', async () => {
    const fetchMock = mockApi({
      [`GET ${WORDS}`]: [watchWord()],
      [`DELETE ${WORDS}/1`]: () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<WatchWordsScreen />);

    await userEvent.click(await screen.findByTestId('watch-word-delete'));
    expect(screen.getByRole('group', { name: 'Ne plus surveiller « arnaque » ?' })).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByTestId('watch-word-delete-confirm'));

    await waitFor(() => {
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true);
    });
  });

  it('imports a CSV file with the token and says what changed', async () => {
    const fetchMock = mockWithImport(() => jsonResponse({ added: 2, updated: 1, unchanged: 4 }));
    renderWithProviders(<WatchWordsScreen />);
    await screen.findByTestId('watch-words-table');

    await userEvent.upload(
      screen.getByTestId('watch-words-file'),
      csvFile('phrase,action\nescroc,block\n'),
    );

    expect(await screen.findByTestId('watch-words-imported')).toHaveTextContent(
      'Import terminé : 2 ajoutés, 1 modifiés, 4 inchangés.',
    );
    const call = fetchMock.mock.calls[calledUrls(fetchMock).indexOf(IMPORT)];
    const headers = new Headers(call?.[1]?.headers);
    expect(call?.[1]?.body).toBe('phrase,action\nescroc,block\n');
    expect(headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(headers.get('Authorization')).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
  });

  it('lists every bad line of a refused import and says nothing was imported', async () => {
    mockWithImport(() =>
      problemResponse({
        status: 422,
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'line 5', code: 'INVALID', message: 'The phrase is empty.' },
          {
            field: 'line 3',
            code: 'INVALID',
            message: 'The action "ban" is not one of block, hold, flag.',
          },
        ],
      }),
    );
    renderWithProviders(<WatchWordsScreen />);
    await screen.findByTestId('watch-words-table');

    await userEvent.upload(screen.getByTestId('watch-words-file'), csvFile('x,ban\n'));

    const error = await screen.findByTestId('watch-words-import-error');
    expect(error).toHaveTextContent('Rien n’a été importé : le fichier contient des erreurs.');
    expect(error).toHaveTextContent('Un import se fait en entier ou pas du tout.');
    const lines = within(screen.getByTestId('watch-words-import-lines')).getAllByRole('listitem');
    expect(nth(lines, 0)).toHaveTextContent(
      'Ligne 3 : ligne invalide (The action "ban" is not one of block, hold, flag.)',
    );
    expect(nth(lines, 1)).toHaveTextContent('Ligne 5 : ligne invalide (The phrase is empty.)');
    expect(screen.queryByTestId('watch-words-imported')).not.toBeInTheDocument();
  });
});
