import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaptionEditor } from '@/features/videos/components/caption-editor';
import { videoView } from '@/testing/fixtures';
import {
  calledUrls,
  jsonResponse,
  mockApi,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

const ID = 'v-1';
const FR = `/api/v1/videos/${ID}/captions/fr`;
const WITH_FR = videoView({
  id: ID,
  captions: [{ lang: 'fr', label: 'Français', url: '/api/v1/media/videos/v-1/captions/fr?sig=x' }],
});

describe('CaptionEditor', () => {
  it('loads the cues, lets the uploader edit and add some, and saves them as WebVTT', async () => {
    const onChanged = vi.fn();
    const fetchMock = mockApi({
      [`GET ${FR}`]: {
        lang: 'fr',
        vtt: 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n',
        cues: [{ startMs: 0, endMs: 2_000, text: 'Bonjour' }],
      },
      [`PUT ${FR}`]: () => jsonResponse(WITH_FR),
    });
    renderWithProviders(<CaptionEditor video={WITH_FR} onChanged={onChanged} />);

    const text = await screen.findByLabelText('Texte du sous-titre 1');
    expect(screen.getByLabelText('Début du sous-titre 1')).toHaveValue('00:00.000');
    await userEvent.clear(text);
    await userEvent.type(text, 'Bonjour à tous');
    await userEvent.click(screen.getByTestId('caption-add'));
    expect(screen.getByLabelText('Début du sous-titre 2')).toHaveValue('00:02.000');
    expect(screen.getByLabelText('Fin du sous-titre 2')).toHaveValue('00:04.000');
    await userEvent.type(screen.getByLabelText('Texte du sous-titre 2'), 'On commence');
    await userEvent.click(screen.getByTestId('caption-save'));

    await waitFor(() => {
      expect(onChanged).toHaveBeenCalledOnce();
    });
    expect(sentJson(fetchMock, `PUT ${FR}`)).toEqual({
      vtt: 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour à tous\n\n00:02.000 --> 00:04.000\nOn commence\n',
    });
  });

  it('points at an invalid row before sending anything', async () => {
    const fetchMock = mockApi({});
    renderWithProviders(<CaptionEditor video={videoView({ id: ID })} onChanged={vi.fn()} />);

    await userEvent.click(screen.getByTestId('caption-add'));
    await userEvent.clear(screen.getByLabelText('Fin du sous-titre 1'));
    await userEvent.type(screen.getByLabelText('Fin du sous-titre 1'), '1 minute');
    await userEvent.type(screen.getByLabelText('Texte du sous-titre 1'), 'Salut');
    await userEvent.click(screen.getByTestId('caption-save'));

    expect(screen.getByTestId('caption-cue-error')).toHaveTextContent('Fin illisible');
    expect(screen.getByLabelText('Fin du sous-titre 1')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a chosen .vtt file as it is and shows the server’s objection to it', async () => {
    const fetchMock = mockApi({
      [`PUT /api/v1/videos/${ID}/captions/en`]: () =>
        validationProblem([
          { field: 'vtt', code: 'INVALID', message: 'Line 3: end before start.' },
        ]),
    });
    renderWithProviders(<CaptionEditor video={videoView({ id: ID })} onChanged={vi.fn()} />);
    const content = 'WEBVTT\n\n00:05.000 --> 00:01.000\nOops\n';

    await userEvent.click(screen.getByTestId('caption-lang-en'));
    await userEvent.upload(
      screen.getByTestId('caption-file-input'),
      new File([content], 'subs.vtt', { type: 'text/vtt' }),
    );

    expect(await screen.findByTestId('field-error-INVALID')).toHaveTextContent(
      'Cette valeur n’est pas valide.',
    );
    expect(screen.getByTestId('caption-error-detail')).toHaveTextContent(
      'Line 3: end before start.',
    );
    expect(sentJson(fetchMock, `PUT /api/v1/videos/${ID}/captions/en`)).toEqual({ vtt: content });
  });

  it('says a caption holds a blocked word in the reader’s language, and keeps the cues', async () => {
    mockApi({
      [`PUT ${FR}`]: () =>
        validationProblem([
          { field: 'vtt', code: 'BLOCKED_WORD', message: 'Contains blocked words: arnaque' },
        ]),
    });
    renderWithProviders(<CaptionEditor video={videoView({ id: ID })} onChanged={vi.fn()} />);

    await userEvent.click(screen.getByTestId('caption-add'));
    await userEvent.type(screen.getByLabelText('Texte du sous-titre 1'), 'Quelle arnaque');
    await userEvent.click(screen.getByTestId('caption-save'));

    expect(await screen.findByTestId('field-error-BLOCKED_WORD')).toHaveTextContent(
      'Ce texte contient un mot interdit ici : reformulez.',
    );
    expect(screen.queryByText(/Contains blocked words/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('caption-error-detail')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Texte du sous-titre 1')).toHaveValue('Quelle arnaque');
  });

  it('deletes the captions of a language after confirmation', async () => {
    const onChanged = vi.fn();
    const fetchMock = mockApi({
      [`GET ${FR}`]: { lang: 'fr', vtt: 'WEBVTT\n', cues: [] },
      [`DELETE ${FR}`]: () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<CaptionEditor video={WITH_FR} onChanged={onChanged} />);

    await userEvent.click(await screen.findByTestId('caption-delete'));
    await userEvent.click(screen.getByTestId('caption-delete-confirm'));

    await waitFor(() => {
      expect(onChanged).toHaveBeenCalledOnce();
    });
    const deletion = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
    expect(calledUrls({ mock: { calls: deletion ? [deletion] : [] } })).toEqual([FR]);
  });
});
