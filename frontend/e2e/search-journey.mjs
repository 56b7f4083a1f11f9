// Browser journey of search against a running Bravo stack (backend + Keycloak + search index +
// object store reachable from the browser), on content the test harness seeded and indexed:
//   1. typing the start of a word without its accent in the header search box suggests the
//      practice's title;
//   2. a query with a typo and no accents finds the practice, its title's matching words marked
//      (real <mark> elements, no injected HTML);
//   3. a word said in a film finds the film at that moment: the hit shows the time and the caption
//      line with the word marked, and opening it lands on the post with the film set there;
//   4. in English, the same hit tells the moment in English.
//
//   BRAVO_URL=http://localhost:8081 BRAVO_USER=<author of the seeded content> \
//   BRAVO_POST_TITLE="Le cérémonial du kintsugi pour les tasses ébréchées" BRAVO_VIDEO_POST_ID=<post id> \
//   BRAVO_VIDEO_ID=<video uuid> npm run e2e:search
//
// BRAVO_USER (a member of paris-opera) authored a published practice titled BRAVO_POST_TITLE and
// the post BRAVO_VIDEO_POST_ID showing the ready film BRAVO_VIDEO_ID, whose French captions say
// "… une rosace" from 1.5 s. Results are narrowed to that author so other tests' content never
// interferes. Optional: BRAVO_PASSWORD (default "bravo"), BRAVO_REALM, CHROMIUM_PATH. Ends with
// "1 passed, 0 failed" or "0 passed, 1 failed".
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { auditAccessibility, launchChromium, openPhonePage } from './browser.mjs';
import { byTestId, createSession, runJourney } from './steps.mjs';

const OVERALL_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 20_000;
const VIDEO_TIMEOUT_MS = 60_000;
const REALM = process.env.BRAVO_REALM || 'bravo';
const PASSWORD = process.env.BRAVO_PASSWORD || 'bravo';
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));
// The start of a word in the middle of the title (kintsu|gi): suggestions complete any word of a title.
const SUGGEST_PREFIX = 'kintsu';
// One typo (degust[a]ton) and no accents.
const TYPO_QUERY = 'ceremonial kintsougi';
// Said in the film's second caption, which starts at 1.5 s: linked and shown as second 1.
const SPOKEN_WORD = 'rosace';
const MOMENT_SECONDS = 1;
const MOMENT_LABEL = '0:01';

let browser;
let page;

function log(message) {
  console.log(`[e2e:search] ${message}`);
}

function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function isSuggestCall(response, query) {
  const url = new URL(response.url());
  return (
    response.request().method() === 'GET' &&
    url.pathname.endsWith('/api/v1/search/suggest') &&
    url.searchParams.get('q') === query
  );
}

/** The results page for `q`, narrowed to what `author` wrote. */
function searchUrl(baseUrl, q, author) {
  const url = new URL('/search', baseUrl);
  url.searchParams.set('q', q);
  url.searchParams.set('author', author);
  return url.href;
}

async function openResults(baseUrl, q, author) {
  await page.goto(searchUrl(baseUrl, q, author));
  await page
    .locator(`${byTestId('search-hits')}, ${byTestId('search-empty')}`)
    .first()
    .waitFor();
  log(
    `/search?q=${q}&author=${author}: ${await page.locator(byTestId('search-total')).textContent()}`,
  );
}

async function journey() {
  const baseUrl = requireEnv('BRAVO_URL');
  const user = { username: requireEnv('BRAVO_USER'), shop: 'paris-opera' };
  const postTitle = requireEnv('BRAVO_POST_TITLE');
  const videoPostId = requireEnv('BRAVO_VIDEO_POST_ID');
  const videoId = requireEnv('BRAVO_VIDEO_ID');

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  const { expectApiCall, login } = createSession({
    page,
    baseUrl,
    realm: REALM,
    password: PASSWORD,
    log,
  });

  await login(user);

  // ---------- 1. Suggestions as one types ----------
  // On a phone, search is a tab: it opens the search page with its field.
  await page.locator(byTestId('tab-search')).click();
  const input = page.locator(byTestId('search-input'));
  await input.waitFor();
  await auditAccessibility(page, 'the search page, empty');
  log(`typing "${SUGGEST_PREFIX}" in the search field`);
  // Debounced: typing at this pace asks the server once, for the whole prefix.
  const [suggestResponse] = await Promise.all([
    page.waitForResponse((response) => isSuggestCall(response, SUGGEST_PREFIX)),
    input.click().then(() => input.pressSequentially(SUGGEST_PREFIX, { delay: 40 })),
  ]);
  if (!suggestResponse.ok()) {
    throw new Error(`GET ${suggestResponse.url()} answered ${suggestResponse.status()}`);
  }
  const suggestions = await suggestResponse.json();
  const offered = suggestions.map((s) => `${s.kind}:${s.text}`).join(' | ');
  log(`suggested for "${SUGGEST_PREFIX}": ${offered || '(nothing)'}`);
  if (!suggestions.some((s) => s.kind === 'title' && s.text === postTitle)) {
    throw new Error(
      `"${postTitle}" is not among the suggestions for "${SUGGEST_PREFIX}": ${offered}`,
    );
  }
  const option = page
    .locator(`${byTestId('search-suggestions')} [role="option"]`)
    .filter({ has: page.locator('.suggestions__text', { hasText: postTitle }) });
  await option.first().waitFor();
  if ((await input.getAttribute('aria-expanded')) !== 'true') {
    throw new Error('The suggestions are shown but the combobox is not marked expanded');
  }
  log('the title is offered in the suggestions list');
  await auditAccessibility(page, 'the search suggestions');

  // ---------- 2. A typo, no accents: found, with the matching words marked ----------
  log(`searching "${TYPO_QUERY}" with Enter`);
  await input.fill(TYPO_QUERY);
  await expectApiCall('GET', /\/api\/v1\/search$/, () => input.press('Enter'));
  await page.waitForURL(
    (url) => url.pathname === '/search' && url.searchParams.get('q') === TYPO_QUERY,
  );
  await page
    .locator(`${byTestId('search-hits')}, ${byTestId('search-empty')}`)
    .first()
    .waitFor();
  log(`on the results page: ${await page.locator(byTestId('search-total')).textContent()}`);

  // Other tests publish too: only this author's content is looked at from here on.
  await openResults(baseUrl, TYPO_QUERY, user.username);
  const titleLink = page
    .locator(`${byTestId('search-hit')} ${byTestId('search-hit-link')}`)
    .filter({ hasText: postTitle });
  await titleLink.first().waitFor();
  const shownTitle = (await titleLink.first().textContent())?.trim();
  if (shownTitle !== postTitle) {
    throw new Error(`The hit reads "${shownTitle}" instead of "${postTitle}"`);
  }
  const marks = titleLink.first().locator('mark');
  await marks.first().waitFor();
  const marked = await marks.allTextContents();
  // Only <mark> elements in the title: the highlight was never injected as HTML.
  const tags = await titleLink
    .first()
    .evaluate((link) => [...link.querySelectorAll('*')].map((element) => element.tagName));
  if (tags.some((tag) => tag !== 'MARK')) {
    throw new Error(`The highlighted title holds other elements than <mark>: ${tags.join(', ')}`);
  }
  log(`found "${postTitle}", marked: ${marked.map((text) => `<mark>${text}</mark>`).join(' ')}`);
  await auditAccessibility(page, 'search results with a typo');

  // ---------- 3. A word said in a film: the film at that moment ----------
  await openResults(baseUrl, SPOKEN_WORD, user.username);
  const videoHit = page.locator(`${byTestId('search-hit')}[data-hit-id="video:${videoId}"]`);
  await videoHit.waitFor();
  const moment = videoHit.locator(byTestId('search-hit-moment'));
  await moment.filter({ hasText: MOMENT_LABEL }).waitFor();
  log(`video hit shown with the badge "${(await moment.textContent())?.trim()}"`);
  // The caption line the word was said in, the word marked: what tells the searcher why the film came up.
  const snippet = videoHit.locator(byTestId('search-hit-snippet'));
  await snippet.locator('mark').filter({ hasText: SPOKEN_WORD }).waitFor();
  log(`caption line: "${(await snippet.textContent())?.trim()}"`);
  await auditAccessibility(page, 'a film found by a word said in it');

  await videoHit.locator(byTestId('search-hit-link')).click();
  await page.waitForURL(
    (url) =>
      url.pathname === `/posts/${videoPostId}` &&
      url.searchParams.get('video') === videoId &&
      url.searchParams.get('t') === String(MOMENT_SECONDS),
  );
  log(`on the post page: ${new URL(page.url()).pathname}${new URL(page.url()).search}`);
  const videoSelector = `[data-video-id="${videoId}"] video`;
  await page.locator(videoSelector).waitFor();
  await page.waitForFunction(
    ([selector, seconds]) => {
      const video = document.querySelector(selector);
      return video !== null && video.readyState >= 1 && video.currentTime >= seconds;
    },
    [videoSelector, MOMENT_SECONDS],
    { timeout: VIDEO_TIMEOUT_MS },
  );
  const position = await page
    .locator(videoSelector)
    .evaluate((video) => ({ time: video.currentTime, paused: video.paused }));
  log(
    `the film is set at ${position.time.toFixed(2)} s (${position.paused ? 'paused' : 'playing'})`,
  );
  await auditAccessibility(page, 'a post opened at a moment of its film');

  // ---------- 4. In English ----------
  log('switching the language to English from the user menu');
  const switchToEnglish = page.locator(byTestId('lang-en'));
  if (!(await switchToEnglish.isVisible())) {
    await page.locator(byTestId('user-menu-button')).click();
  }
  await switchToEnglish.click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.keyboard.press('Escape');
  await openResults(baseUrl, SPOKEN_WORD, user.username);
  await videoHit
    .locator(byTestId('search-hit-moment'))
    .filter({ hasText: `at ${MOMENT_LABEL}` })
    .waitFor();
  log(`in English the badge reads "${(await moment.textContent())?.trim()}"`);
  await auditAccessibility(page, 'search results in English');

  await mkdir(OUTPUT_DIR, { recursive: true });
  const screenshot = `${OUTPUT_DIR}search.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot saved to ${screenshot}`);
}

await runJourney({
  name: 'search',
  timeoutMs: OVERALL_TIMEOUT_MS,
  outputDir: OUTPUT_DIR,
  journey,
  currentPage: () => page,
  cleanup: async () => {
    await browser?.close().catch(() => undefined);
  },
  log,
});
