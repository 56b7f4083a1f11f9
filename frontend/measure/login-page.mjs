// Weight of Keycloak's sign-in page as a phone downloads it with an empty cache: every response after
// the redirect from Bravo to Keycloak, compressed as sent, and the share of CSS. A manual measure
// (README, "Measures"), run against a running Bravo:
//
//   BRAVO_URL=http://localhost:8080 node measure/login-page.mjs
import { chromium } from 'playwright-core';

const baseUrl = (process.env.BRAVO_URL ?? 'http://localhost:8080').replace(/\/+$/, '');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
try {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', (request) => responses.push(request));
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  await page.locator('#username').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const keycloakOrigin = new URL(page.url()).origin;

  let total = 0;
  let css = 0;
  let count = 0;
  for (const request of responses) {
    if (new URL(request.url()).origin !== keycloakOrigin) continue;
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    count += 1;
    total += bytes;
    if (request.resourceType() === 'stylesheet') css += bytes;
  }
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    `Sign-in page (${keycloakOrigin}): ${count} requests, ${kB(total)} transferred, of which CSS ${kB(css)}`,
  );
} finally {
  await browser.close();
}
