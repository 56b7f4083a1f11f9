// Browser journey of the guestbook exchange against a running Bravo stack:
//   1. employee A (paris-opera) writes an entry with a photo of a customer in her shop's
//      guestbook: it cannot be published until the consent box is ticked;
//   2. an admin previews then runs the rotation from the exchange page;
//   3. employee B, whose shop reads A's guestbook this period, sees it on the home page, opens
//      A's guestbook and comments on the entry;
//   4. the exchange page shows that B's shop engaged.
//
//   BRAVO_URL=http://localhost:8081 BRAVO_USER_B=<a member of the shop reading paris-opera> \
//   BRAVO_SHOP_B=<its code> npm run e2e:guestbook
//
// Optional: BRAVO_PASSWORD (default "bravo"), BRAVO_USER_A (default camille), BRAVO_ADMIN
// (default hugo), BRAVO_REALM, CHROMIUM_PATH. Ends with "1 passed, 0 failed" or "0 passed, 1 failed".
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
const SHOP_A = { code: 'paris-opera', name: 'Paris Opéra' };
const USER_A = { username: process.env.BRAVO_USER_A || 'camille', shop: SHOP_A.code };
const USER_B = { username: process.env.BRAVO_USER_B, shop: process.env.BRAVO_SHOP_B };
const ADMIN = { username: process.env.BRAVO_ADMIN || 'hugo', shop: null };
const OUTPUT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

let browser;
let page;
let workDir;

function log(message) {
  console.log(`[e2e:guestbook] ${message}`);
}

async function journey() {
  const baseUrl = process.env.BRAVO_URL;
  if (!baseUrl) throw new Error('Missing environment variable BRAVO_URL');
  if (!USER_B.username || !USER_B.shop) {
    throw new Error(
      'Missing BRAVO_USER_B / BRAVO_SHOP_B: a member of the shop reading paris-opera',
    );
  }
  const at = (path) => new URL(path, baseUrl).href;

  workDir = await mkdtemp(join(tmpdir(), 'bravo-e2e-'));
  const photoPath = join(workDir, 'cliente.png');
  await writeFile(photoPath, brandPng());

  log('launching Chromium');
  browser = await launchChromium();
  page = await openPhonePage(browser, { width: 360, height: 740 }, STEP_TIMEOUT_MS, log);
  const { expectApiCall, login, logout } = createSession({
    page,
    baseUrl,
    realm: REALM,
    password: PASSWORD,
    log,
  });
  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  const text = `Une cliente a goûté trois cafés avant de choisir (e2e ${stamp})`;

  // 1. Employee A writes in her shop's guestbook; the consent tick is enforced.
  await login(USER_A);
  await page.goto(at(`/guestbooks/${SHOP_A.code}`));
  await page.locator(byTestId('guestbook-write')).waitFor();
  await auditAccessibility(page, 'my shop’s guestbook');
  await page.locator(byTestId('guestbook-write')).click();
  await page.locator(byTestId('entry-composer')).waitFor();
  await auditAccessibility(page, 'the entry composer');
  await page.locator(byTestId('entry-kind-customer_moment')).check();
  await page.locator(byTestId('composer-body')).fill(text);
  log('taking a photo');
  await expectApiCall('POST', /\/api\/v1\/media\/photos$/, () =>
    page.locator(byTestId('photo-camera-input')).setInputFiles(photoPath),
  );
  await page.locator(byTestId('composer-photo')).waitFor();
  await page.locator(byTestId('entry-shows-customer-yes')).check();
  await page.locator(byTestId('entry-publish')).click();
  await page.locator(byTestId('entry-consent-error')).waitFor();
  log('refused without the consent tick, as it should be');
  await auditAccessibility(page, 'the entry composer with its consent error');
  await page.locator(byTestId('entry-consent')).check();
  const created = await expectApiCall('POST', /\/api\/v1\/guestbooks\/[^/]+\/entries$/, () =>
    page.locator(byTestId('entry-publish')).click(),
  );
  const entry = await created.json();
  if (entry.consentBy?.username !== USER_A.username) {
    throw new Error(`Consent not recorded for ${USER_A.username}: ${JSON.stringify(entry)}`);
  }
  await page.waitForURL((url) => url.pathname === `/entries/${entry.id}`);
  await page.locator(byTestId('entry-consent-note')).waitFor();
  await page.locator(byTestId('gallery-thumbnail')).first().waitFor();
  log(`entry #${entry.id} published with its photo and the consent`);
  await auditAccessibility(page, 'the entry just published');
  await logout();

  // 2. The admin previews and runs the rotation.
  await login(ADMIN);
  const run = await withExpectedConsoleErrors(
    [
      {
        text: /status of 404/,
        url: /\/api\/v1\/exchange\/rounds\/current$/,
        why: 'before the first round the current round answers 404 EXCHANGE_NO_ROUND, and Chromium logs every refused load',
      },
    ],
    async () => {
      await page.goto(at('/exchange'));
      await page.locator(byTestId('exchange-admin')).waitFor();
      await auditAccessibility(page, 'the exchange, as an admin');
      await page.locator(byTestId('exchange-preview-open')).click();
      const previewRow = page.locator(
        `${byTestId('exchange-preview')} [data-reader="${USER_B.shop}"]`,
      );
      await previewRow.waitFor();
      log(`preview: ${USER_B.shop} reads ${(await previewRow.textContent())?.trim()}`);
      await auditAccessibility(page, 'the rotation preview');
      await page.locator(byTestId('exchange-run')).click();
      return expectApiCall('POST', /\/api\/v1\/exchange\/rounds$/, () =>
        page.locator(byTestId('exchange-run-confirm')).click(),
      );
    },
  );
  const round = await run.json();
  const pairing = round.pairings.find((p) => p.reader.code === USER_B.shop);
  if (pairing?.read.code !== SHOP_A.code) {
    throw new Error(`${USER_B.shop} reads ${pairing?.read.code} instead of ${SHOP_A.code}`);
  }
  await page.locator(byTestId('exchange-run-done')).waitFor();
  log(`round ${round.number} started: ${USER_B.shop} reads ${SHOP_A.code}`);
  await logout();

  // 3. Employee B is told, reads A's guestbook and comments.
  await login(USER_B);
  const banner = page.locator(byTestId('exchange-banner'));
  await banner.filter({ hasText: SHOP_A.name }).waitFor();
  log(`banner: ${(await banner.locator('p').first().textContent())?.trim()}`);
  await page.locator(byTestId('exchange-banner-open')).click();
  await page.waitForURL((url) => url.pathname === `/guestbooks/${SHOP_A.code}`);
  const card = page.locator(`${byTestId('entry-card')}[data-entry-id="${entry.id}"]`);
  await card.waitFor();
  await auditAccessibility(page, 'the guestbook my shop reads');
  await card.locator(byTestId('entry-open')).click();
  await page.locator(byTestId('entry-detail')).waitFor();
  const input = page.locator(byTestId('comment-composer-input'));
  await input.fill('Nous allons essayer la dégustation à trois cafés !');
  await expectApiCall('POST', new RegExp(`/api/v1/entries/${entry.id}/comments$`), () =>
    page.locator(byTestId('comment-composer-submit')).click(),
  );
  await page.locator(byTestId('comment-body')).filter({ hasText: 'trois cafés' }).waitFor();
  log('commented on the entry');
  await auditAccessibility(page, 'an entry with a comment');

  // 4. The exchange page shows that B's shop engaged.
  await page.goto(at('/exchange'));
  await page
    .locator(`${byTestId('exchange-round')} [data-reader="${USER_B.shop}"] [data-engaged="true"]`)
    .waitFor();
  log(`${USER_B.shop} is marked as engaged on the exchange page`);
  await auditAccessibility(page, 'the exchange');

  await mkdir(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: `${OUTPUT_DIR}guestbook.png`, fullPage: true });
}

await runJourney({
  name: 'guestbook',
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
