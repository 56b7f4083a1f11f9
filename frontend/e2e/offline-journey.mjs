// Browser journey of Bravo without network, against a running Bravo stack:
//   1. at 360×740 the manifest is linked and the service worker is installed and controls the page; a reload
//      that loses the answer to a refresh Keycloak made (its refresh token spent) signs in again, unbroken;
//   2. the network goes; the composer still opens (its code comes from the worker's cache), a practice with a
//      photo is written and kept in the outbox, which says so;
//   3. the network returns: the outbox sends the photo, then the post, published with its photo;
//   4. a photo whose upload fails keeps its post out of the feed: the outbox shows it unsent, with the error,
//      and no post is created without it;
//   5. a reload without network opens on the kept session and shows the post read earlier;
//   6. lucas, offline, gives a bravo to camille's comment on that post: it waits in the outbox, logging out now
//      asks first (the bravo would be erased), and once the network returns the server counts it.
//
//   BRAVO_URL=http://localhost:8081 node e2e/offline-journey.mjs
//
// Optional: BRAVO_PASSWORD (default "bravo"), BRAVO_USER_A, BRAVO_USER_B, BRAVO_REALM, CHROMIUM_PATH. Ends with
// "1 passed, 0 failed" or "0 passed, 1 failed", like the other journeys.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  auditAccessibility,
  launchChromium,
  openPhonePage,
  withExpectedConsoleErrors,
} from './browser.mjs';
import { brandPng, byTestId, createSession, runJourney } from './steps.mjs';

const OVERALL_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 20_000;
const REALM = process.env.BRAVO_REALM || 'bravo';
const PASSWORD = process.env.BRAVO_PASSWORD || 'bravo';
const USER_A = { username: process.env.BRAVO_USER_A || 'camille', shop: 'paris-opera' };
const USER_B = { username: process.env.BRAVO_USER_B || 'lucas', shop: 'lyon-confluence' };
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

// Without network every request the open page makes fails, and Chromium logs each one.
const OFFLINE_ERRORS = [
  {
    text: /ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/,
    url: /.*/,
    why: 'the phone is offline',
  },
];
// The upload the journey breaks on purpose.
const ABORTED_UPLOAD = [
  {
    text: /ERR_FAILED|Failed to load resource/,
    url: /\/api\/v1\/media\/photos/,
    why: 'the photo upload is cut on purpose',
  },
];

let browser;
let page;
let baseUrl;
let workDir;
let login;
let logout;

function log(message) {
  console.log(`[e2e:offline] ${message}`);
}

/** Moves inside the app as a link would: without network, a page load could not sign in. */
/**
 * Waits until the person's offline copy (IndexedDB, src/lib/offline/query-persistence.ts) holds the
 * answer under `queryKey`: it is written within a second of a read, and a reload before that would
 * test the clock rather than the copy. Polled with `evaluate`, which awaits the page's promise
 * (`waitForFunction` takes a returned promise for a truthy answer).
 */
async function keptForOffline(queryKey) {
  const wanted = JSON.stringify(queryKey);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const kept = await page.evaluate(async (key) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('bravo-offline');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('records')) return false;
        const records = await new Promise((resolve, reject) => {
          const request = db.transaction(['records']).objectStore('records').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const copy = records.find((record) => record.key.endsWith(':queries'));
        return (copy?.value.state.queries ?? []).some(
          (query) => JSON.stringify(query.queryKey) === key,
        );
      } finally {
        db.close();
      }
    }, wanted);
    if (kept) return;
    if (Date.now() > deadline) throw new Error(`${wanted} never reached the offline copy`);
    await page.waitForTimeout(100);
  }
}

async function goInApp(path) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The refresh token of the session kept in localStorage (ADR 0011). */
async function keptRefreshToken() {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.endsWith(':auth.session'));
    return key ? JSON.parse(localStorage.getItem(key) ?? '{}').refreshToken : undefined;
  });
}

/**
 * A reload while the kept session is being refreshed: Keycloak spends the refresh token (rotation), and
 * the page goes away before its answer arrives. The next page must not present that token again (Keycloak
 * would end the session, and answer 400); it signs in through Keycloak's session cookie instead.
 */
async function reloadWhileRefreshing() {
  const spentToken = await keptRefreshToken();
  // The kept access token is made to look expired (the app only reads its claims to time things; the
  // API never sees it), so that the next open starts with a refresh.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.endsWith(':auth.session'));
    const session = JSON.parse(localStorage.getItem(key));
    const [head, payload, signature] = session.token.split('.');
    const decoded = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(decoded, (char) => char.charCodeAt(0))),
    );
    claims.exp = Math.floor(Date.now() / 1000) - 10;
    const bytes = new TextEncoder().encode(JSON.stringify(claims));
    const encoded = btoa(String.fromCharCode(...bytes))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    session.token = [head, encoded, signature].join('.');
    localStorage.setItem(key, JSON.stringify(session));
  });
  let spent;
  const keycloakAnswered = new Promise((resolve) => {
    spent = resolve;
  });
  // Only the first refresh is held: the next page's requests to Keycloak go through. The route stays
  // until that page is signed in (removing the last route would release the held request).
  const tokenEndpoint = '**/protocol/openid-connect/token';
  let holding = true;
  await page.route(tokenEndpoint, async (route) => {
    if (!holding || !/grant_type=refresh_token/.test(route.request().postData() ?? '')) {
      await route.continue();
      return;
    }
    holding = false;
    // Keycloak gets the request and spends the token; the answer is never handed to the page.
    const answer = await route.fetch();
    spent(answer.status());
  });
  await page.reload({ waitUntil: 'commit' });
  const status = await keycloakAnswered;
  if (status !== 200) throw new Error(`Keycloak answered ${status} to the held refresh`);
  log('Keycloak spent the kept refresh token; the page goes away before its answer');
  await page.reload();
  await page.locator(byTestId('greeting')).waitFor();
  await page.unroute(tokenEndpoint);
  const kept = await keptRefreshToken();
  if (!kept || kept === spentToken) {
    throw new Error('After the reload the session kept is not a new one');
  }
  log('the next page did not present the spent token: signed in again through Keycloak');
}

async function setOnline(online) {
  await page.context().setOffline(!online);
  log(online ? 'network back' : 'network gone');
}

/** Offline: writes a practice with a photo and leaves it in the outbox. */
async function composeOffline({ title, photoPath }) {
  await goInApp('/posts/new?kind=practice');
  await page.locator(byTestId('composer')).waitFor();
  const restored = page.locator(`${byTestId('draft-restored')} button`);
  if (await restored.isVisible()) await restored.click();
  await page.locator(byTestId('composer-title')).fill(title);
  await page.locator(byTestId('composer-body')).fill('Écrit sans réseau, dans la réserve.');
  await page.locator(byTestId('photo-input')).setInputFiles(photoPath);
  await page.locator(byTestId('photo-upload-held')).waitFor();
  log('the photo is held, not failed');
  await page.locator(byTestId('composer-publish')).click();
  await page.locator(byTestId('composer-queued')).waitFor();
  await page.locator(byTestId('outbox-count')).filter({ hasText: /^1$/ }).waitFor();
  log(`"${title}" waits in the outbox`);
  await auditAccessibility(page, 'the composer, offline, with a post in the outbox');
}

// ---------- The journey ----------

async function journey() {
  baseUrl = process.env.BRAVO_URL;
  if (!baseUrl) throw new Error('Missing environment variable BRAVO_URL');
  workDir = await mkdtemp(join(tmpdir(), 'bravo-e2e-'));
  const photoPath = join(workDir, 'reserve.png');
  await writeFile(photoPath, brandPng());

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  ({ login, logout } = createSession({ page, baseUrl, realm: REALM, password: PASSWORD, log }));
  await login(USER_A);

  // 1. Installable: manifest linked, worker active. A page load after that is under its control.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), manifestHref);
  if (manifest.display !== 'standalone' || manifest.start_url !== '/') {
    throw new Error(`Unexpected manifest ${JSON.stringify(manifest)}`);
  }
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  log(`manifest "${manifest.name}" linked; service worker ready for ${scope}`);
  await page.reload();
  await page.locator(byTestId('greeting')).waitFor();
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error('The service worker does not control the page after a reload');
  await reloadWhileRefreshing();

  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  const title = `Hors ligne e2e ${stamp}`;
  const brokenTitle = `Photo cassée e2e ${stamp}`;

  // 2. and 3. Offline post with a photo, sent when the network returns.
  await withExpectedConsoleErrors(OFFLINE_ERRORS, async () => {
    await setOnline(false);
    await composeOffline({ title, photoPath });
  });
  const published = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === '/api/v1/posts',
  );
  await setOnline(true);
  const response = await published;
  if (!response.ok()) throw new Error(`Sending the post answered ${response.status()}`);
  const post = await response.json();
  if (post.draft || post.title !== title || post.photos.length !== 1) {
    throw new Error(`The post left without its photo or unpublished: ${JSON.stringify(post)}`);
  }
  await page.locator(byTestId('outbox-indicator')).waitFor({ state: 'detached' });
  log(`published #${post.id} with its photo; the outbox is empty`);
  await goInApp(`/posts/${post.id}`);
  await page.locator(byTestId('post-title')).filter({ hasText: title }).waitFor();
  await auditAccessibility(page, 'the post sent from the outbox');
  // A comment for step 6 (someone else's bravo: nobody gives one to their own words).
  const commented = page.waitForResponse(
    (candidate) =>
      candidate.request().method() === 'POST' &&
      new URL(candidate.url()).pathname === `/api/v1/posts/${post.id}/comments`,
  );
  await page.locator(byTestId('comment-composer-input')).fill('Bravo pour la réserve !');
  await page.locator(byTestId('comment-composer-submit')).click();
  const comment = await (await commented).json();
  log(`commented #${comment.id}`);

  // 4. A photo that cannot be uploaded: the post is not sent without it.
  const createdPosts = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/posts') {
      createdPosts.push(request.url());
    }
  });
  await page.route('**/api/v1/media/photos', (route) => route.abort('failed'));
  await withExpectedConsoleErrors([...OFFLINE_ERRORS, ...ABORTED_UPLOAD], async () => {
    await setOnline(false);
    await composeOffline({ title: brokenTitle, photoPath });
    await setOnline(true);
    await page.locator(byTestId('outbox-open')).click();
    const item = page.locator(`${byTestId('outbox-item')}[data-state="failed"]`);
    await item.filter({ hasText: brokenTitle }).waitFor();
    const error = (await item.locator(byTestId('outbox-item-error')).innerText()).replace(
      /\s+/g,
      ' ',
    );
    log(`the outbox shows it unsent: "${error}"`);
    await auditAccessibility(page, 'the outbox with an item not sent');
  });
  if (createdPosts.length > 0) throw new Error('A post was sent without its photo');
  await page.unroute('**/api/v1/media/photos');
  await page.locator(byTestId('outbox-discard')).click();
  await page.locator(byTestId('outbox-item')).waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');

  // 5. A reload without network: Bravo opens on the session kept from the sign-in, with no trip to
  //    Keycloak, and shows the post read earlier from the person's offline copy.
  await goInApp(`/posts/${post.id}`);
  await page.locator(byTestId('post-title')).filter({ hasText: title }).waitFor();
  await keptForOffline(['posts', 'detail', post.id]);
  await withExpectedConsoleErrors(OFFLINE_ERRORS, async () => {
    await setOnline(false);
    await page.reload();
    await page.locator(byTestId('post-title')).filter({ hasText: title }).waitFor();
    const where = new URL(page.url());
    if (where.origin !== new URL(baseUrl).origin) {
      throw new Error(`The reload without network left Bravo for ${page.url()}`);
    }
    log('reloaded without network: the post read earlier is shown, still signed in');
    await auditAccessibility(page, 'a post read earlier, reopened without network');
  });
  await setOnline(true);

  await mkdir(OUTPUT_DIR, { recursive: true });
  const screenshot = `${OUTPUT_DIR}offline.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot saved to ${screenshot}`);
  await logout();

  // 6. A bravo on a comment, given offline, is kept, guards the logout, and is counted once sent.
  await login(USER_B);
  await goInApp(`/posts/${post.id}`);
  const commentBravo = page.locator(`#comment-${comment.id} ${byTestId('comment-bravo')}`);
  await commentBravo.waitFor();
  await withExpectedConsoleErrors(OFFLINE_ERRORS, async () => {
    await setOnline(false);
    await commentBravo.click();
    await page.locator(byTestId('comment-bravo-queued')).waitFor();
    await page.locator(byTestId('outbox-count')).filter({ hasText: /^1$/ }).waitFor();
    log('the bravo on the comment waits in the outbox');
    await page.locator(byTestId('user-menu-button')).click();
    await page.locator(byTestId('logout')).click();
    const warning = page.locator(byTestId('logout-warning'));
    await warning.waitFor();
    log(`logging out asks first: "${(await warning.innerText()).replace(/\s+/g, ' ')}"`);
    await auditAccessibility(page, 'the question before logging out with a bravo not sent');
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'detached' });
  });
  const bravoSent = page.waitForResponse(
    (candidate) =>
      candidate.request().method() === 'PUT' &&
      new URL(candidate.url()).pathname === `/api/v1/comments/${comment.id}/bravo`,
  );
  await setOnline(true);
  const bravoAnswer = await bravoSent;
  const bravo = await bravoAnswer.json();
  if (!bravoAnswer.ok() || bravo.bravoCount !== 1 || !bravo.bravoedByMe) {
    throw new Error(`The bravo on the comment was not counted: ${JSON.stringify(bravo)}`);
  }
  await page.locator(byTestId('outbox-indicator')).waitFor({ state: 'detached' });
  log(`the server counts the bravo on comment #${comment.id}; the outbox is empty`);
  await logout();
}

await runJourney({
  name: 'offline',
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
