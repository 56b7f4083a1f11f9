// Steps shared by the browser journeys: a PNG to upload, signing in and out through the real
// Keycloak pages, and waiting for the API call an action triggers. Each journey creates one
// session with `createSession` and uses its functions.
import { mkdir } from 'node:fs/promises';
import { assertNoPageFault, auditAccessibility, pageFault } from './browser.mjs';
import { deflateSync } from 'node:zlib';

export const byTestId = (id) => `[data-testid="${id}"]`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8×8 RGB PNG in the brand red: big enough for any decoder and thumbnailer. */
export function brandPng(size = 8) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from('b4233c'.repeat(size), 'hex')]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * @param {{ page: import('playwright-core').Page, baseUrl: string, realm: string, password: string,
 *           log: (message: string) => void }} options
 */
export function createSession({ page, baseUrl, realm, password, log }) {
  const authPath = `/realms/${realm}/protocol/openid-connect/auth`;

  function isApiCall(response, method, pathPattern) {
    return (
      response.request().method() === method && pathPattern.test(new URL(response.url()).pathname)
    );
  }

  /** Runs `action` and returns the API response it triggers, failing on an error status. */
  async function expectApiCall(method, pathPattern, action) {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => isApiCall(candidate, method, pathPattern)),
      action(),
    ]);
    if (!response.ok()) {
      const body = await response.text().catch(() => '');
      throw new Error(`${method} ${response.url()} answered ${response.status()}: ${body}`);
    }
    return response;
  }

  /** `expectShopPicker: false`: the person works at head office, and being asked for a shop is a failure. */
  async function login(user, { expectShopPicker } = {}) {
    log(`logging in as ${user.username}`);
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await page.waitForURL((url) => url.href.includes(authPath));
    await page.locator('#username').fill(user.username);
    await page.locator('#password').fill(password);
    await page.locator('#kc-login').click();

    // Either the home page, or the first-login shop picker.
    await page
      .locator(`${byTestId('greeting')}, ${byTestId('shop-picker')}`)
      .first()
      .waitFor();
    if (await page.locator(byTestId('shop-picker')).isVisible()) {
      if (expectShopPicker === false) {
        throw new Error(`${user.username} works at head office but is asked for a shop`);
      }
      await auditAccessibility(page, 'the shop picker');
      const option = user.shop
        ? page.locator(byTestId(`pick-shop-${user.shop}`))
        : page.locator('[data-testid^="pick-shop-"]').first();
      log(`${user.username} has no shop yet: picking one`);
      await expectApiCall('PUT', /\/api\/v1\/me\/shop$/, () => option.click());
    }
    await page.locator(byTestId('greeting')).waitFor();
    log(`${user.username} is on the home page`);
    await auditAccessibility(page, 'the home page');
  }

  async function logout() {
    const button = page.locator(byTestId('logout'));
    if (!(await button.isVisible())) await page.locator(byTestId('user-menu-button')).click();
    await button.click();
    // Keycloak may ask to confirm when it cannot match the session (no id_token_hint). Both
    // waits swallow their timeout: the race only decides whether to click, the last wait judges.
    const confirm = page.locator('#kc-logout');
    await Promise.race([
      page.waitForURL((url) => url.href.includes(authPath)).catch(() => undefined),
      confirm
        .waitFor()
        .then(() => confirm.click())
        .catch(() => undefined),
    ]);
    await page.waitForURL((url) => url.href.includes(authPath));
    await page.locator('#username').waitFor();
    log('logged out');
  }

  return { expectApiCall, login, logout };
}

/**
 * Runs a journey under an overall deadline, saves a screenshot of the page on failure, always
 * cleans up, and ends the process with the summary line the test suite looks for.
 *
 * @param {{ name: string, timeoutMs: number, outputDir: string, journey: () => Promise<void>,
 *           currentPage: () => import('playwright-core').Page | undefined,
 *           cleanup: () => Promise<void>, log: (message: string) => void }} options
 */
export async function runJourney({
  name,
  timeoutMs,
  outputDir,
  journey,
  currentPage,
  cleanup,
  log,
}) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Journey exceeded the overall timeout of ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  let failed = false;
  try {
    await Promise.race([journey(), deadline, pageFault]);
    assertNoPageFault();
    log('journey passed');
  } catch (error) {
    failed = true;
    console.error(`[e2e:${name}] FAILED: ${error instanceof Error ? error.stack : String(error)}`);
    const page = currentPage();
    if (page && !page.isClosed()) {
      try {
        await mkdir(outputDir, { recursive: true });
        const screenshot = `${outputDir}${name}-failure.png`;
        await page.screenshot({ path: screenshot, fullPage: true, timeout: 5_000 });
        log(`failure screenshot saved to ${screenshot} (url: ${page.url().split('#')[0]})`);
      } catch (screenshotError) {
        log(`could not save a failure screenshot: ${screenshotError.message}`);
      }
    }
  } finally {
    clearTimeout(timer);
    await cleanup().catch(() => undefined);
  }
  console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
  process.exit(failed ? 1 : 0);
}
