// Browser journey against a running Bravo stack (backend + Keycloak):
// Keycloak login → French greeting → switch to English → English greeting → a cold open of a deep
// link (new tab) is signed in with the kept session, without a trip through Keycloak.
//
//   BRAVO_URL=http://localhost:8081 BRAVO_USER=camille BRAVO_PASSWORD=... \
//   BRAVO_EXPECTED_NAME="Camille Martin" npm run e2e
//
// Uses the system Chromium through playwright-core, because browser downloads are not possible
// everywhere this runs (CI included). Prints "1 passed, 0 failed" or "0 passed, 1 failed" last,
// the closing line CI reads.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { byTestId } from './steps.mjs';
import {
  assertNoPageFault,
  auditAccessibility,
  pageFault,
  launchChromium,
  openPhonePage,
} from './browser.mjs';

const OVERALL_TIMEOUT_MS = 90_000;
const GREETING_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 20_000;
const REALM = process.env.BRAVO_REALM || 'bravo';
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

const GREETING = '[data-testid=greeting]';

let page;
let browser;

function log(message) {
  console.log(`[e2e] ${message}`);
}

function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

async function waitForGreeting(expected) {
  try {
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent?.trim() === text,
      [GREETING, expected],
      { timeout: GREETING_TIMEOUT_MS },
    );
  } catch (error) {
    // Show what the page actually displayed: that is what tells a wrong name from a broken page.
    const actual = await page
      .locator(GREETING)
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    const alert = await page
      .locator('[role=alert]')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    const stillOnKeycloak = page.url().includes(`/realms/${REALM}/`);
    const keycloakError = stillOnKeycloak
      ? await page
          .locator('#input-error, .kc-feedback-text, .alert-error, .pf-m-danger')
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => null)
      : null;
    throw new Error(
      `Greeting "${expected}" not shown within ${GREETING_TIMEOUT_MS} ms ` +
        `(greeting: ${JSON.stringify(actual)}, alert: ${JSON.stringify(alert)}, ` +
        (stillOnKeycloak
          ? `still on Keycloak, login rejected? ${JSON.stringify(keycloakError?.trim() ?? null)}, `
          : '') +
        `url: ${page.url().split('#')[0]})`,
      { cause: error },
    );
  }
}

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function journey() {
  const baseUrl = requireEnv('BRAVO_URL');
  const user = requireEnv('BRAVO_USER');
  const password = requireEnv('BRAVO_PASSWORD');
  const expectedName = requireEnv('BRAVO_EXPECTED_NAME');

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, PHONE, STEP_TIMEOUT_MS, log);

  log(`opening ${baseUrl}`);
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });

  log('expecting a redirect to the Keycloak login page');
  const authPath = `/realms/${REALM}/protocol/openid-connect/auth`;
  await page.waitForURL((url) => url.href.includes(authPath), { timeout: STEP_TIMEOUT_MS });
  await page.locator('#username').waitFor({ state: 'visible' });
  log(`on the login page: ${page.url().split('?')[0]}`);

  log(`logging in as ${user}`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();

  log(`waiting for the greeting "Bonjour ${expectedName}"`);
  await waitForGreeting(`Bonjour ${expectedName}`);
  log('French greeting shown');
  await auditAccessibility(page, 'the home page in French');
  await expectFeedOnFirstScreen();
  await expectKeyboardPath();

  log('switching the language to English from the user menu');
  const switchToEnglish = page.locator('[data-testid=lang-en]');
  if (!(await switchToEnglish.isVisible())) {
    await page.locator('[data-testid=user-menu-button]').click();
  }
  await switchToEnglish.click();

  log(`waiting for the greeting "Hello ${expectedName}"`);
  await waitForGreeting(`Hello ${expectedName}`);
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== 'en') throw new Error(`<html lang> is "${htmlLang}" after switching to English`);
  log('English greeting shown');
  // Close the menu so the audit and the screenshot see the page itself rather than the open dropdown.
  await page.keyboard.press('Escape');
  await auditAccessibility(page, 'the home page in English');

  await mkdir(OUTPUT_DIR, { recursive: true });
  const screenshot = `${OUTPUT_DIR}home.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot saved to ${screenshot}`);

  // A cold open of a deep link, as from a notification: a new tab, nothing in memory. The session kept
  // in this browser signs it in with one token request; the page never goes to Keycloak's form.
  log('opening a deep link in a new tab: no redirect through Keycloak expected');
  const deepLink = await page.context().newPage();
  const visited = [];
  deepLink.on('framenavigated', (frame) => {
    if (frame === deepLink.mainFrame()) visited.push(frame.url().split(/[?#]/)[0]);
  });
  await deepLink.goto(`${baseUrl}/search?q=bravo`, { waitUntil: 'domcontentloaded' });
  // The tabs and the user menu are only there once signed in; the boot error means the kept session failed.
  await deepLink
    .locator('[data-testid=tab-bar], [data-testid=user-menu-button], [data-testid=boot-error]')
    .first()
    .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  const bootError = await deepLink.locator('[data-testid=boot-error]').count();
  if (bootError > 0 || visited.some((url) => url.includes(authPath))) {
    throw new Error(`The deep link was not opened signed in: ${visited.join(' → ')}`);
  }
  await deepLink.close();
  log('deep link opened signed in, without leaving Bravo');

  await expectNothingCutOnDesktop();
}

/**
 * Without a pointer: the first Tab reaches "skip to content", Enter moves the focus to the page's
 * content, and the next Tab stops lead through the feed with a visible focus.
 */
async function expectKeyboardPath() {
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.className);
  if (first !== 'skip-link') throw new Error(`The first Tab reaches "${first}", not the skip link`);
  await page.keyboard.press('Enter');
  const afterSkip = await page.evaluate(() => document.activeElement?.id);
  if (afterSkip !== 'main-content') throw new Error(`"Skip to content" focuses "${afterSkip}"`);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const element = document.activeElement;
    return {
      inMain: Boolean(element?.closest('#main-content')),
      outline: element ? getComputedStyle(element).outlineStyle : 'none',
      text: element?.textContent?.trim().slice(0, 40),
    };
  });
  if (!next.inMain || next.outline === 'none') {
    throw new Error(`After skipping, Tab reaches ${JSON.stringify(next)}`);
  }
  log(`keyboard: skip link, then "${next.text}" in the content, focus visible`);
}

/** On a phone the home page starts with the feed: its first post (or its empty state) shows without scrolling. */
async function expectFeedOnFirstScreen() {
  const first = page.locator(`${byTestId('post-card')}, ${byTestId('feed-empty')}`).first();
  await first.waitFor();
  const box = await first.boundingBox();
  // A card's title and author line need ~120 px: it must start at least that far above the tabs.
  const tabs = await page.locator(byTestId('tab-bar')).boundingBox();
  const limit = (tabs?.y ?? PHONE.height) - 120;
  if (!box || box.y > limit) {
    throw new Error(`The feed starts at ${box?.y} px, below the first screen (limit ${limit} px)`);
  }
  log(`the feed starts at ${Math.round(box.y)} px on a ${PHONE.width}×${PHONE.height} screen`);
}

/** At 1280 × 800 every section, the create button and the user menu show whole, none over another. */
async function expectNothingCutOnDesktop() {
  await page.setViewportSize(DESKTOP);
  await page.locator('.app-nav').waitFor();
  const boxes = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.app-nav__link, [data-testid="create-action"], [data-testid="user-menu-button"], [data-testid="notification-bell"]',
      ),
    ].map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        label: element.textContent.trim() || element.getAttribute('aria-label'),
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
      };
    }),
  );
  for (const box of boxes) {
    if (box.left < 0 || box.right > DESKTOP.width || box.right - box.left < 1) {
      throw new Error(`"${box.label}" is cut at ${DESKTOP.width} px: ${JSON.stringify(box)}`);
    }
  }
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      if (overlap) throw new Error(`"${a.label}" and "${b.label}" overlap at ${DESKTOP.width} px`);
    }
  }
  await auditAccessibility(page, `the home page at ${DESKTOP.width} px`);
  log(
    `at ${DESKTOP.width}×${DESKTOP.height}: ${boxes.length} header items whole, none overlapping`,
  );
}

async function saveFailureScreenshot() {
  if (!page || page.isClosed()) return;
  try {
    await mkdir(OUTPUT_DIR, { recursive: true });
    const screenshot = `${OUTPUT_DIR}failure.png`;
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 5_000 });
    log(`failure screenshot saved to ${screenshot}`);
  } catch (error) {
    log(`could not save a failure screenshot: ${error.message}`);
  }
}

async function main() {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Journey exceeded the overall timeout of ${OVERALL_TIMEOUT_MS} ms`)),
      OVERALL_TIMEOUT_MS,
    );
  });

  let failed = false;
  try {
    await Promise.race([journey(), deadline, pageFault]);
    assertNoPageFault();
    log('journey passed');
  } catch (error) {
    failed = true;
    console.error(`[e2e] FAILED: ${error instanceof Error ? error.stack : String(error)}`);
    await saveFailureScreenshot();
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
  }

  console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
  process.exit(failed ? 1 : 0);
}

await main();
