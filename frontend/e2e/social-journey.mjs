// Browser journey of the social loop against a running Bravo stack (backend + Keycloak + store):
//   1. camille (paris-opera) publishes a practice with a photo, and an idea;
//   2. lucas (lyon-confluence) finds the practice in the Latest feed, gives a bravo and comments
//      with an @camille mention picked from the autocomplete;
//   3. camille sees the bravo count at 1 on her post, and is notified of the mention;
//   4. nadia (moderator) moves the idea to "under review".
//
//   BRAVO_URL=http://localhost:8081 npm run e2e:social
//
// Optional: BRAVO_PASSWORD (default "bravo", same for everyone), BRAVO_USER_A / BRAVO_USER_B /
// BRAVO_MODERATOR, BRAVO_REALM, CHROMIUM_PATH. Like e2e/journey.mjs it drives the system Chromium
// through playwright-core and ends with "1 passed, 0 failed" or "0 passed, 1 failed".
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditAccessibility, launchChromium, openPhonePage } from './browser.mjs';
import { brandPng, byTestId, createSession, runJourney } from './steps.mjs';

const OVERALL_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 20_000;
const REALM = process.env.BRAVO_REALM || 'bravo';
const PASSWORD = process.env.BRAVO_PASSWORD || 'bravo';
const USER_A = { username: process.env.BRAVO_USER_A || 'camille', shop: 'paris-opera' };
const USER_B = { username: process.env.BRAVO_USER_B || 'lucas', shop: 'lyon-confluence' };
const MODERATOR = { username: process.env.BRAVO_MODERATOR || 'nadia', shop: null };
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));
const LANGUAGES = ['fr', 'en'];

let browser;
let page;
let baseUrl;
let workDir;
let expectApiCall;
let login;
let logout;

function log(message) {
  console.log(`[e2e:social] ${message}`);
}

/** Fills the composer and publishes; returns the id of the new post. */
async function publish({ kind, title, body, tag, photoPath }) {
  await page.goto(new URL(`/posts/new?kind=${kind}`, baseUrl).href);
  await page.locator(byTestId('composer')).waitFor();
  // A draft left by an earlier, interrupted run would be restored: start from a clean form.
  const restored = page.locator(`${byTestId('draft-restored')} button`);
  if (await restored.isVisible()) await restored.click();
  await auditAccessibility(page, `the ${kind} composer`);

  await page.locator(byTestId(`composer-kind-${kind}`)).check();
  await page.locator(byTestId('composer-title')).fill(title);
  await page.locator(byTestId('composer-body')).fill(body);
  await page.locator(byTestId('composer-tags-input')).fill(tag);
  await page.locator(byTestId('composer-tags-input')).press('Enter');
  await page.locator(byTestId('composer-tag')).first().waitFor();

  if (photoPath) {
    log('uploading a photo');
    await expectApiCall('POST', /\/api\/v1\/media\/photos$/, () =>
      page.locator(byTestId('photo-input')).setInputFiles(photoPath),
    );
    await page.locator(byTestId('composer-photo')).waitFor();
  }

  const response = await expectApiCall('POST', /\/api\/v1\/posts$/, () =>
    page.locator(byTestId('composer-publish')).click(),
  );
  const post = await response.json();
  if (post.draft) throw new Error(`Post ${post.id} was saved as a draft instead of published`);
  await page.waitForURL((url) => url.pathname === `/posts/${post.id}`);
  await page.locator(byTestId('post-title')).filter({ hasText: title }).waitFor();
  await page.locator(byTestId('post-saved')).waitFor();
  log(`published ${kind} #${post.id} "${title}", the page says so`);
  await auditAccessibility(page, `the ${kind} just published`);
  return post;
}

async function openPost(id) {
  await page.goto(new URL(`/posts/${id}`, baseUrl).href);
  await page.locator(byTestId('post-detail')).waitFor();
  await auditAccessibility(page, 'a post');
}

async function bravoCountOnPage() {
  return (await page.locator(byTestId('post-bravo-count')).textContent())?.trim();
}

/** The app's wording of a mention by `actor`, in each language the app speaks. */
async function mentionWordings(actor) {
  return Promise.all(
    LANGUAGES.map(async (language) => {
      const tree = JSON.parse(
        await readFile(new URL(`../src/locales/${language}.json`, import.meta.url), 'utf8'),
      );
      const wording = tree.notifications?.mentioned;
      if (typeof wording !== 'string') throw new Error(`No "${language}" wording for a mention`);
      return wording.replace('{{actor}}', actor);
    }),
  );
}

/** The person mentioned in `comment` sees an unread notification and, on the list, the mention leading to it. */
async function expectMentionNotification({ practice, comment }) {
  // Signing in loads the page afresh, so the bell counts what arrived since, without waiting for its next poll.
  const unread = page.locator(byTestId('notification-count'));
  await unread.waitFor();
  log(`the bell shows ${(await unread.textContent())?.trim()} unread notification(s)`);
  await page.locator(byTestId('notification-bell')).click();
  await page.locator(byTestId('notification-list')).waitFor();
  const wordings = await mentionWordings(comment.author.displayName);
  const mention = page
    .locator(`a${byTestId('notification')}[href="/posts/${practice.id}#comment-${comment.id}"]`)
    .filter({ hasText: new RegExp(wordings.map(escapeRegExp).join('|')) });
  await mention.waitFor();
  await auditAccessibility(page, 'the notifications');
  log(`${USER_A.username} is notified: "${(await mention.innerText()).replace(/\s+/g, ' ')}"`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------- The journey ----------

async function journey() {
  baseUrl = process.env.BRAVO_URL;
  if (!baseUrl) throw new Error('Missing environment variable BRAVO_URL');

  workDir = await mkdtemp(join(tmpdir(), 'bravo-e2e-'));
  const photoPath = join(workDir, 'vitrine.png');
  await writeFile(photoPath, brandPng());

  log('launching Chromium');
  browser = await launchChromium();
  // A small phone: the composer must work at this width.
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  ({ expectApiCall, login, logout } = createSession({
    page,
    baseUrl,
    realm: REALM,
    password: PASSWORD,
    log,
  }));

  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  const practiceTitle = `Vitrine e2e ${stamp}`;
  const ideaTitle = `Idée e2e ${stamp}`;

  // 1. Employee A publishes.
  await login(USER_A);
  const practice = await publish({
    kind: 'practice',
    title: practiceTitle,
    body: 'Une vitrine **renouvelée** chaque lundi.\n\n- photo\n- étiquettes',
    tag: 'vitrine',
    photoPath,
  });
  await page.locator(byTestId('gallery-thumbnail')).first().waitFor();
  const idea = await publish({
    kind: 'idea',
    title: ideaTitle,
    body: 'Un présentoir pour les nouveautés.',
    tag: 'idee-e2e',
  });
  await logout();

  // 2. Employee B finds the practice in the Latest feed, gives a bravo and mentions A.
  await login(USER_B);
  log('looking for the practice in the Latest feed');
  await page.goto(new URL('/posts?sort=latest', baseUrl).href);
  const card = page.locator(byTestId('post-card-link')).filter({ hasText: practiceTitle });
  await card.first().waitFor();
  await auditAccessibility(page, 'the latest posts');
  await card.first().click();
  await page.waitForURL((url) => url.pathname === `/posts/${practice.id}`);
  await page.locator(byTestId('post-detail')).waitFor();

  log('giving a bravo');
  const bravo = await expectApiCall('PUT', new RegExp(`/api/v1/posts/${practice.id}/bravo$`), () =>
    page.locator(byTestId('post-bravo')).click(),
  );
  const bravoState = await bravo.json();
  if (bravoState.bravoCount !== 1 || !bravoState.bravoedByMe) {
    throw new Error(`Unexpected bravo state ${JSON.stringify(bravoState)}`);
  }
  await page.locator(byTestId('post-bravo')).and(page.locator('[aria-pressed="true"]')).waitFor();

  log(`commenting with an @${USER_A.username} mention from the autocomplete`);
  const input = page.locator(byTestId('comment-composer-input'));
  await input.click();
  await input.pressSequentially(`Merci @${USER_A.username.slice(0, 3)}`, { delay: 30 });
  const option = page
    .locator(`${byTestId('mention-suggestions')} [role="option"]`)
    .filter({ hasText: `@${USER_A.username}` });
  await option.first().waitFor();
  // Arrow down to the right person if the autocomplete offers several.
  const options = await page
    .locator(`${byTestId('mention-suggestions')} [role="option"]`)
    .allTextContents();
  const target = options.findIndex((text) => text.includes(`@${USER_A.username}`));
  for (let index = 0; index < target; index += 1) await input.press('ArrowDown');
  await input.press('Enter');
  const value = await input.inputValue();
  if (!value.includes(`@${USER_A.username} `)) {
    throw new Error(`Mention not inserted, the comment reads ${JSON.stringify(value)}`);
  }
  await input.pressSequentially('pour cette belle vitrine !');
  const commentResponse = await expectApiCall(
    'POST',
    new RegExp(`/api/v1/posts/${practice.id}/comments$`),
    () => page.locator(byTestId('comment-composer-submit')).click(),
  );
  const comment = await commentResponse.json();
  if (!comment.mentions?.includes(USER_A.username)) {
    throw new Error(`The comment does not mention ${USER_A.username}: ${JSON.stringify(comment)}`);
  }
  await page
    .locator(byTestId('comment-body'))
    .filter({ hasText: 'pour cette belle vitrine' })
    .waitFor();
  await auditAccessibility(page, 'a post with a bravo and a comment');
  await logout();

  // 3. Employee A sees the bravo.
  await login(USER_A);
  await openPost(practice.id);
  await page.waitForFunction(
    (selector) => /^1\D/.test(document.querySelector(selector)?.textContent?.trim() ?? ''),
    byTestId('post-bravo-count'),
  );
  log(`${USER_A.username} sees "${await bravoCountOnPage()}" on the practice`);
  await expectMentionNotification({ practice, comment });
  await logout();

  // 4. The moderator reviews the idea.
  await login(MODERATOR);
  await openPost(idea.id);
  log('moving the idea to "under review"');
  await page.locator(byTestId('status-select')).selectOption('under_review');
  const statusResponse = await expectApiCall(
    'PUT',
    new RegExp(`/api/v1/posts/${idea.id}/status$`),
    () => page.locator(byTestId('status-submit')).click(),
  );
  const reviewed = await statusResponse.json();
  if (reviewed.status !== 'under_review') {
    throw new Error(`Idea status is ${reviewed.status} after the change`);
  }
  await page
    .locator(byTestId('status-badge'))
    .filter({ hasText: /À l’étude|Under review/ })
    .waitFor();
  await auditAccessibility(page, 'an idea under review');

  await mkdir(OUTPUT_DIR, { recursive: true });
  const screenshot = `${OUTPUT_DIR}social.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot saved to ${screenshot}`);
}

await runJourney({
  name: 'social',
  timeoutMs: OVERALL_TIMEOUT_MS,
  outputDir: OUTPUT_DIR,
  journey,
  currentPage: () => page,
  cleanup: async () => {
    await browser?.close().catch(() => undefined);
    if (workDir) await rm(workDir, { recursive: true, force: true });
  },
  log,
});
