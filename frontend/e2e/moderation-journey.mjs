// Browser journey of moderation against a running Bravo stack (backend + Keycloak + search index),
// on a practice the test harness published and indexed:
//   1. reporter 1 finds the practice in search, opens it and reports it as inappropriate: the
//      report is received;
//   2. reporter 2 reports it too ("other", with details): received, and the practice is still
//      there for them (two reports do not hide anything);
//   3. the moderator finds it in the review queue with its 2 reports, hides it with a reason: it
//      leaves the open queue and shows among the closed cases as hidden, with the reason;
//   4. the author still sees the practice, marked as hidden by a moderator with the reason;
//   5. search no longer lists it;
//   6. reporter 1 gets "not found" at its address;
//   7. the moderator restores it from its moderation page: reporter 1 sees it again, unmarked,
//      and search finds it again once the index catches up.
//
//   BRAVO_URL=http://localhost:8081 BRAVO_AUTHOR=<author> BRAVO_REPORTERS=<user1>,<user2> \
//   BRAVO_MODERATOR=<moderator> BRAVO_POST_ID=<id> BRAVO_POST_TITLE="<its title>" npm run e2e:moderation
//
// BRAVO_AUTHOR published the practice BRAVO_POST_ID titled BRAVO_POST_TITLE, already searchable;
// the two reporters are colleagues in the author's shop. The server hides content reported by 3
// people, so the 2 reports here must not. Searches are narrowed to the author so other tests'
// content never interferes. Optional: BRAVO_PASSWORD (default "bravo"), BRAVO_REALM,
// CHROMIUM_PATH. Ends with "1 passed, 0 failed" or "0 passed, 1 failed".
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  auditAccessibility,
  launchChromium,
  openPhonePage,
  withExpectedConsoleErrors,
} from './browser.mjs';
import { byTestId, createSession, runJourney } from './steps.mjs';

// Below the 240 s the test harness gives a journey, so a stuck step still ends with a screenshot.
const OVERALL_TIMEOUT_MS = 220_000;
const STEP_TIMEOUT_MS = 20_000;
// Hiding shows in search at once; what is restored is found again once the index catches up.
const SEARCH_CATCH_UP_MS = 20_000;
const SEARCH_RETRY_MS = 2_000;
// Other tests may leave open cases: the queue is paged through this far at most.
const MAX_QUEUE_PAGES = 10;
const REALM = process.env.BRAVO_REALM || 'bravo';
const PASSWORD = process.env.BRAVO_PASSWORD || 'bravo';
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));
const LANGUAGES = ['fr', 'en'];

let browser;
let page;
let baseUrl;
let locales;
let expectApiCall;

function log(message) {
  console.log(`[e2e:moderation] ${message}`);
}

function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

const at = (path) => new URL(path, baseUrl).href;

/** The app's own wording for `key` in every language, so the checks hold whatever the UI speaks. */
function wordings(key) {
  const found = locales
    .map((tree) => key.split('.').reduce((node, part) => node?.[part], tree))
    .filter((value) => typeof value === 'string');
  if (found.length !== LANGUAGES.length) throw new Error(`No translation "${key}" in the app`);
  return found;
}

function anyOf(texts) {
  return new RegExp(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

function isPostCall(response, postId) {
  return (
    response.request().method() === 'GET' &&
    new URL(response.url()).pathname === `/api/v1/posts/${postId}`
  );
}

/** Opens the post's page; returns the answer of GET /posts/{id} (whatever its status). */
async function openPost(postId) {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => isPostCall(candidate, postId)),
    page.goto(at(`/posts/${postId}`)),
  ]);
  return response;
}

/** Opens the post's page, expecting the post; returns it as the server sent it. */
async function openVisiblePost(postId, title) {
  const response = await openPost(postId);
  if (!response.ok()) {
    const body = await response.text().catch(() => '');
    throw new Error(`GET /api/v1/posts/${postId} answered ${response.status()}: ${body}`);
  }
  await page.locator(byTestId('post-detail')).waitFor();
  const shown = (await page.locator(byTestId('post-title')).textContent())?.trim();
  if (shown !== title) throw new Error(`The post page shows "${shown}" instead of "${title}"`);
  await auditAccessibility(page, 'a post');
  return response.json();
}

async function expectNoModerationNotice() {
  const notice = page.locator(byTestId('post-moderation-state'));
  if ((await notice.count()) > 0) {
    throw new Error(`The post is marked: "${(await notice.textContent())?.trim()}"`);
  }
}

const hitSelector = (postId) => `${byTestId('search-hit')}[data-hit-id="post:${postId}"]`;

function isSearchCall(response, q) {
  const url = new URL(response.url());
  return (
    response.request().method() === 'GET' &&
    url.pathname === '/api/v1/search' &&
    url.searchParams.get('q') === q
  );
}

/**
 * Searches `q` among what `author` wrote, waits for the server's answer and the results on screen;
 * returns whether the post is listed.
 */
async function searchListsPost({ q, author, postId }) {
  const url = new URL('/search', baseUrl);
  url.searchParams.set('q', q);
  url.searchParams.set('author', author);
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => isSearchCall(candidate, q)),
    page.goto(url.href),
  ]);
  if (!response.ok()) {
    throw new Error(`GET ${response.url()} answered ${response.status()}`);
  }
  await page
    .locator(`${byTestId('search-hits')}, ${byTestId('search-empty')}`)
    .first()
    .waitFor();
  const total = (await page.locator(byTestId('search-total')).textContent())?.trim();
  const listed = (await page.locator(hitSelector(postId)).count()) > 0;
  log(
    `search "${q}" by ${author}: ${total || 'no result'}; the post is ${listed ? '' : 'not '}listed`,
  );
  return listed;
}

/** Search lists the post, trying again while the index catches up. */
async function awaitSearchLists(search) {
  const deadline = Date.now() + SEARCH_CATCH_UP_MS;
  while (!(await searchListsPost(search))) {
    if (Date.now() > deadline) {
      throw new Error(`Search "${search.q}" does not list post ${search.postId}`);
    }
    await page.waitForTimeout(SEARCH_RETRY_MS);
  }
  const link = page.locator(hitSelector(search.postId)).locator(byTestId('search-hit-link'));
  if ((await link.getAttribute('href')) !== `/posts/${search.postId}`) {
    throw new Error(`The hit links to ${await link.getAttribute('href')}`);
  }
  await auditAccessibility(page, 'search results');
}

/** Reports the open post through its "Report" button; the dialog must confirm it. */
async function reportPost({ postId, reason, details }) {
  await page.locator(byTestId('report-post')).click();
  const dialog = page.locator(byTestId('report-dialog'));
  await dialog.waitFor();
  await dialog.locator(byTestId(`report-reason-${reason}`)).check();
  if (details) await dialog.locator(byTestId('report-details')).fill(details);
  await auditAccessibility(page, 'the report dialog');
  const response = await expectApiCall('POST', /\/api\/v1\/reports$/, () =>
    dialog.locator(byTestId('report-submit')).click(),
  );
  const report = await response.json();
  if (
    report.contentType !== 'post' ||
    report.contentId !== String(postId) ||
    report.reason !== reason ||
    report.status !== 'received'
  ) {
    throw new Error(`Unexpected report ${JSON.stringify(report)}`);
  }
  const done = dialog.locator(byTestId('report-done'));
  await done.filter({ hasText: anyOf(wordings('report.received')) }).waitFor();
  log(`report #${report.id} (${reason}) confirmed: "${(await done.textContent())?.trim()}"`);
  await dialog.locator(byTestId('report-close')).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The queue's card of the item, paging through the list as far as needed. */
async function findQueueCard(itemId) {
  const card = page.locator(`${byTestId('modq-item')}[data-item-id="${itemId}"]`);
  await page
    .locator(`${byTestId('modq-list')}, ${byTestId('modq-empty')}`)
    .first()
    .waitFor();
  for (let loaded = 1; (await card.count()) === 0; loaded += 1) {
    // The footer is there while there are more pages; it may also load them on its own as it
    // scrolls into view, so the button is only a nudge.
    const morePages = (await page.locator('.feed__more').count()) > 0;
    // The last page may have come in between the two looks.
    if (!morePages && (await card.count()) > 0) break;
    if (!morePages || loaded > MAX_QUEUE_PAGES) {
      throw new Error(`No card for ${itemId} in the queue (${loaded} page(s) looked at)`);
    }
    await page
      .locator(byTestId('modq-load-more'))
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await card.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  return card;
}

/** Takes `action` in the open moderation dialog with `reason`; returns the updated item. */
async function confirmModerationAction({ postId, action, reason }) {
  const dialog = page.locator(byTestId('modq-dialog'));
  await dialog.waitFor();
  await dialog.locator(byTestId('modq-reason')).fill(reason);
  await auditAccessibility(page, `the "${action}" dialog`);
  const response = await expectApiCall(
    'POST',
    new RegExp(`/api/v1/moderation/items/post/${postId}/actions$`),
    () => dialog.locator(byTestId('modq-action-submit')).click(),
  );
  const sent = response.request().postDataJSON();
  if (sent.action !== action || sent.reason !== reason) {
    throw new Error(`Sent ${JSON.stringify(sent)} for "${action}"`);
  }
  await dialog.waitFor({ state: 'detached' });
  return response.json();
}

async function journey() {
  baseUrl = requireEnv('BRAVO_URL');
  const author = { username: requireEnv('BRAVO_AUTHOR'), shop: null };
  const reporters = requireEnv('BRAVO_REPORTERS')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((username) => ({ username, shop: null }));
  if (reporters.length !== 2) {
    throw new Error('BRAVO_REPORTERS must name two people, comma-separated');
  }
  const [reporter1, reporter2] = reporters;
  const moderator = { username: requireEnv('BRAVO_MODERATOR'), shop: null };
  const postId = requireEnv('BRAVO_POST_ID');
  const postTitle = requireEnv('BRAVO_POST_TITLE');
  const itemId = `post:${postId}`;
  // The results page trims the query and cuts it at 200 characters, as the server wants.
  const search = { q: postTitle.trim().slice(0, 200), author: author.username, postId };
  locales = await Promise.all(
    LANGUAGES.map(async (language) =>
      JSON.parse(
        await readFile(new URL(`../src/locales/${language}.json`, import.meta.url), 'utf8'),
      ),
    ),
  );

  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  const hideReason = `Propos blessants envers une cliente (e2e ${stamp})`;
  const restoreReason = `Vérifié avec la boutique : rien de blessant (e2e ${stamp})`;

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  const session = createSession({ page, baseUrl, realm: REALM, password: PASSWORD, log });
  const { login, logout } = session;
  expectApiCall = session.expectApiCall;

  // ---------- 1. Reporter 1 reports the practice ----------
  await login(reporter1);
  // Found before anything happens: its absence later means something.
  await awaitSearchLists(search);
  await openVisiblePost(postId, postTitle);
  log(`${reporter1.username} reports "${postTitle}"`);
  await reportPost({ postId, reason: 'inappropriate' });
  await logout();

  // ---------- 2. Reporter 2 reports it too; two reports hide nothing ----------
  await login(reporter2);
  await openVisiblePost(postId, postTitle);
  log(`${reporter2.username} reports it with details`);
  await reportPost({
    postId,
    reason: 'other',
    details: 'Une remarque sur une cliente qui n’a pas sa place ici.',
  });
  const afterTwo = await openVisiblePost(postId, postTitle);
  if (afterTwo.hidden || afterTwo.pendingReview) {
    throw new Error(`Two reports hid the post: ${JSON.stringify(afterTwo)}`);
  }
  await expectNoModerationNotice();
  log('after two reports the post is still there, unmarked');
  await logout();

  // ---------- 3. The moderator hides it from the review queue ----------
  await login(moderator);
  await page.goto(at('/moderation'));
  await page
    .locator(byTestId('modq-tab-open'))
    .and(page.locator('[aria-pressed="true"]'))
    .waitFor();
  log('on the review queue: showing posts only');
  await Promise.all([
    page.waitForResponse((response) => {
      const url = new URL(response.url());
      return (
        url.pathname === '/api/v1/moderation/queue' &&
        url.searchParams.get('status') === 'open' &&
        url.searchParams.get('type') === 'post'
      );
    }),
    page.locator(byTestId('modq-type-filter')).selectOption('post'),
  ]);
  const openCard = await findQueueCard(itemId);
  await openCard.getByRole('heading', { name: postTitle, exact: true }).waitFor();
  await openCard.locator(`${byTestId('modq-state')}[data-state="visible"]`).waitFor();
  const count = openCard.locator(byTestId('modq-report-count'));
  if ((await count.getAttribute('data-count')) !== '2') {
    throw new Error(`The card counts ${await count.getAttribute('data-count')} reports, not 2`);
  }
  const listed = await openCard.locator(byTestId('modq-report')).count();
  if (listed !== 2) throw new Error(`The card lists ${listed} reports, not 2`);
  log(`the card reads "${(await count.textContent())?.trim()}", the post still visible`);
  await auditAccessibility(page, 'the review queue');

  await openCard.locator(byTestId('modq-action-hide')).click();
  const hidden = await confirmModerationAction({ postId, action: 'hide', reason: hideReason });
  if (hidden.state !== 'hidden' || hidden.hiddenReason !== hideReason) {
    throw new Error(`After hiding: state ${hidden.state}, reason ${hidden.hiddenReason}`);
  }
  const done = page.locator(byTestId('modq-queue-done'));
  await done.waitFor();
  log(`hidden: "${(await done.textContent())?.trim()}"`);
  // Its case is closed: the card leaves the open queue and shows among the closed ones.
  await page.locator(`${byTestId('modq-item')}[data-item-id="${itemId}"]`).waitFor({
    state: 'detached',
  });
  await page.locator(byTestId('modq-tab-closed')).click();
  await page
    .locator(byTestId('modq-tab-closed'))
    .and(page.locator('[aria-pressed="true"]'))
    .waitFor();
  const closedCard = await findQueueCard(itemId);
  await closedCard.locator(`${byTestId('modq-state')}[data-state="hidden"]`).waitFor();
  await closedCard.locator(`${byTestId('modq-closed')}[data-outcome="hidden"]`).waitFor();
  await closedCard
    .locator(byTestId('modq-hidden-reason'))
    .filter({ hasText: hideReason })
    .waitFor();
  log(
    `among the closed cases: "${(await closedCard.locator(byTestId('modq-closed')).textContent())?.trim()}"`,
  );
  await auditAccessibility(page, 'the closed cases');
  await logout();

  // ---------- 4. The author sees it marked, with the moderator's reason ----------
  await login(author);
  const asAuthor = await openVisiblePost(postId, postTitle);
  if (!asAuthor.hidden || asAuthor.hiddenReason !== hideReason) {
    throw new Error(`The author receives ${JSON.stringify(asAuthor)}`);
  }
  const notice = page.locator(`${byTestId('post-moderation-state')}[data-state="hidden"]`);
  await notice.filter({ hasText: hideReason }).waitFor();
  log(`the author sees the notice "${(await notice.locator('p').first().textContent())?.trim()}"`);

  // ---------- 5. Search no longer lists it, not even for its author ----------
  if (await searchListsPost(search)) {
    throw new Error(`Search "${search.q}" still lists the hidden post`);
  }
  await logout();

  // ---------- 6. Reporter 1 gets "not found" ----------
  await login(reporter1);
  await withExpectedConsoleErrors(
    [
      {
        text: /status of 404/,
        url: new RegExp(`/api/v1/posts/${postId}(/|\\?|$)`),
        why: 'the hidden post answers 404 to a reporter, and Chromium logs every refused load',
      },
    ],
    async () => {
      const refused = await openPost(postId);
      if (refused.status() !== 404) {
        throw new Error(`GET /api/v1/posts/${postId} answered ${refused.status()} instead of 404`);
      }
      // One "not found" page that names what is missing, and no comment box under it.
      const notFound = page
        .locator(byTestId('not-found-message'))
        .filter({ hasText: anyOf(wordings('errors.codes.POST_NOT_FOUND')) });
      await notFound.waitFor();
      await auditAccessibility(page, 'a hidden post, to a reporter');
      if ((await page.locator(byTestId('comment-composer-input')).count()) > 0) {
        throw new Error('A comment box is offered under a post that is not found');
      }
      if ((await page.locator(byTestId('post-detail')).count()) > 0) {
        throw new Error('The hidden post is shown to a reporter');
      }
      log(`${reporter1.username} is told: "${(await notFound.innerText()).replace(/\s+/g, ' ')}"`);
      // Leaving the page inside the step: a request of it refused late is still expected.
      await logout();
    },
  );

  // ---------- 7. The moderator restores it; everyone sees it again ----------
  await login(moderator);
  await page.goto(at(`/moderation/post/${postId}`));
  const itemPage = page.locator(byTestId('modq-item-page'));
  await itemPage.waitFor();
  await itemPage.locator(`${byTestId('modq-state')}[data-state="hidden"]`).waitFor();
  log('on the moderation page of the post: restoring it');
  await auditAccessibility(page, 'the moderation page of a post');
  await itemPage.locator(byTestId('modq-action-restore')).click();
  const restored = await confirmModerationAction({
    postId,
    action: 'restore',
    reason: restoreReason,
  });
  if (restored.state !== 'visible') throw new Error(`After restoring: state ${restored.state}`);
  await itemPage.locator(byTestId('modq-action-done')).waitFor();
  await itemPage.locator(`${byTestId('modq-state')}[data-state="visible"]`).waitFor();
  log(
    `restored: "${(await itemPage.locator(byTestId('modq-action-done')).textContent())?.trim()}"`,
  );
  await logout();

  await login(reporter1);
  const again = await openVisiblePost(postId, postTitle);
  if (again.hidden || again.pendingReview) {
    throw new Error(`The restored post is still marked: ${JSON.stringify(again)}`);
  }
  await expectNoModerationNotice();
  log(`${reporter1.username} sees the post again, unmarked`);
  await awaitSearchLists(search);
  log('search finds it again');

  await mkdir(OUTPUT_DIR, { recursive: true });
  const screenshot = `${OUTPUT_DIR}moderation.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot saved to ${screenshot}`);
}

await runJourney({
  name: 'moderation',
  timeoutMs: OVERALL_TIMEOUT_MS,
  outputDir: OUTPUT_DIR,
  journey,
  currentPage: () => page,
  cleanup: async () => {
    await browser?.close().catch(() => undefined);
  },
  log,
});
