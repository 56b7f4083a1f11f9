// Browser journey: head office. Hugo, an admin who works for every shop and in none, signs in on a
// 360 px phone and is never asked for a shop; from the "me" tab he reaches the administration and,
// from its home, every admin page — each one audited with axe-core and no wider than the phone.
//
//   BRAVO_URL=http://localhost:8081 npm run e2e:admin
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { auditAccessibility, launchChromium, openPhonePage } from './browser.mjs';
import { byTestId, createSession, runJourney } from './steps.mjs';

const OVERALL_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 20_000;
const REALM = process.env.BRAVO_REALM || 'bravo';
const PASSWORD = process.env.BRAVO_PASSWORD || 'bravo';
const ADMIN = { username: process.env.BRAVO_ADMIN || 'hugo', shop: null };
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

let browser;
let page;

function log(message) {
  console.log(`[e2e:admin] ${message}`);
}

async function journey() {
  const baseUrl = process.env.BRAVO_URL;
  if (!baseUrl) throw new Error('Missing environment variable BRAVO_URL');

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  const { login } = createSession({ page, baseUrl, realm: REALM, password: PASSWORD, log });

  await login(ADMIN, { expectShopPicker: false });

  log('from the "me" tab to the administration');
  await page.locator(byTestId('tab-me')).click();
  await page.locator(byTestId('me-profile-link')).waitFor();
  await auditAccessibility(page, 'the me page of a head-office admin');
  await page.locator('.me-page__link[href="/admin"]').click();
  const home = page.locator(byTestId('admin-home'));
  await home.waitFor();
  await auditAccessibility(page, 'the administration home');

  const screens = await home
    .locator('a')
    .evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), label: link.textContent.trim() })),
    );
  if (screens.length < 8) throw new Error(`The administration lists ${screens.length} screens`);
  await visitEachScreen(home, screens, 'phone');
  // Head office works at a desk too: at 1280 × 800 the header's search shows beside a screen's
  // own (the people list), and both must still be told apart.
  await page.setViewportSize({ width: 1280, height: 800 });
  await visitEachScreen(home, screens, 'desk');

  await mkdir(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: `${OUTPUT_DIR}admin.png`, fullPage: true });
}

/** Opens each administration screen from its home, checks it settles without asking for a shop, audits it. */
async function visitEachScreen(home, screens, width) {
  for (const screen of screens) {
    await page.locator(`${byTestId('admin-home')} a[href="${screen.href}"]`).click();
    await page.waitForURL((url) => url.pathname === screen.href);
    // Each screen has its title as the page's heading once it is there; its data may follow.
    await page.locator('main h1').waitFor();
    await page
      .locator('main [aria-busy="true"], main .skeleton')
      .first()
      .waitFor({ state: 'detached' });
    if (await page.locator(byTestId('shop-picker')).isVisible()) {
      throw new Error(`${screen.label}: asked which shop he works in`);
    }
    await auditAccessibility(page, `${screen.label} (admin, ${width})`);
    log(`${screen.label} (${width}): reached, no shop asked`);
    await page.goBack();
    await home.waitFor();
  }
}

await runJourney({
  name: 'admin',
  timeoutMs: OVERALL_TIMEOUT_MS,
  outputDir: OUTPUT_DIR,
  journey,
  currentPage: () => page,
  cleanup: async () => {
    await browser?.close().catch(() => undefined);
  },
  log,
});
