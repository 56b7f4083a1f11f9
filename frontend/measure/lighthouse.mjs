// Lighthouse (mobile) on a running Bravo, signed in: home, a post and search, each with a cold cache and
// a warm one. A manual measure, not part of the build (README, "Measures").
//
//   ./infra/bravo up                         # in another terminal
//   cd frontend/measure && npm ci && cd ..   # once: Lighthouse lives in its own package
//   npm run measure                          # BRAVO_URL, BRAVO_USER, BRAVO_PASSWORD, CHROME_PATH, RUNS, PAGES
//
// Lighthouse's defaults are kept (mobile emulation, simulated Slow 4G and 4× CPU slowdown), so figures
// compare with anyone's Lighthouse. How the runs stay signed in: Chromium is started once with a
// debugging port; Playwright signs in through Keycloak's form on that port; Lighthouse then drives the
// same Chromium with `disableStorageReset`, so the session the web app keeps in localStorage
// (ADR 0011) survives. "Cold" empties the HTTP cache, the service worker with its precache and IndexedDB
// (everything but localStorage) before the run; "warm" reruns right after, with what the cold run cached
// and the service worker it installed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const baseUrl = (process.env.BRAVO_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const user = process.env.BRAVO_USER ?? 'camille';
const password = process.env.BRAVO_PASSWORD ?? 'bravo';
const searchText = process.env.BRAVO_SEARCH ?? 'vitrine';
// Lighthouse's scores move by a few points between runs; the median of a few is what is reported.
const runs = Math.max(1, Number(process.env.RUNS ?? 1));
// PAGES=home,post to measure only some of the pages.
const pages = (process.env.PAGES ?? 'home,post,search').split(',');
const outputDir = join(here, '..', 'target', 'measure');

// The browser journeys' flags (e2e/browser.mjs), plus headless: this closed network refuses the hosts
// Chromium calls in the background.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

function log(message) {
  console.error(`[measure] ${message}`);
}

async function signIn(page) {
  log(`signing in as ${user} at ${baseUrl}`);
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  await page.locator('#username').waitFor({ timeout: 60_000 });
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page
    .locator('[data-testid=greeting], [data-testid=shop-picker]')
    .first()
    .waitFor({ timeout: 60_000 });
  if (await page.locator('[data-testid=shop-picker]').isVisible()) {
    await page.locator('[data-testid^="pick-shop-"]').first().click();
    await page.locator('[data-testid=greeting]').waitFor({ timeout: 60_000 });
  }
  // The app installs its service worker after the first screen, and the install downloads every
  // script of the app. Cleared while it still runs, it would refill its cache right after: the
  // first "cold" run would then be served by it, without the network.
  await page.evaluate(() => navigator.serviceWorker.ready);
}

/** A post to measure: BRAVO_POST, or the first one the home page links to. */
async function findPostPath(page) {
  if (process.env.BRAVO_POST) return `/posts/${process.env.BRAVO_POST}`;
  const link = page.locator('a[href^="/posts/"]').filter({ hasNotText: /^$/ });
  await link.first().waitFor({ timeout: 60_000 });
  const hrefs = await link.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const post = hrefs.find((href) => /^\/posts\/\d+/.test(href ?? ''));
  if (!post) throw new Error('No post linked from the home page: set BRAVO_POST');
  return post.split(/[?#]/)[0];
}

/**
 * Makes the next load truly cold: empties the browser's HTTP cache and removes everything the web app
 * keeps for itself — the service worker and its precache (which would otherwise serve every script
 * without the network) and IndexedDB (the answers kept for offline reading). Only localStorage stays,
 * where the session is kept: "cold, once signed in".
 */
async function clearCaches(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.send('Storage.clearDataForOrigin', {
    origin: new URL(baseUrl).origin,
    storageTypes: 'service_workers,cache_storage,indexeddb',
  });
  await session.detach();
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const transferred = (types) =>
    items
      .filter((item) => types.includes(item.resourceType))
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    ttiMs: audit('interactive'),
    speedIndexMs: audit('speed-index'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    jsCssTransferredBytes: transferred(['Script', 'Stylesheet']),
    totalTransferredBytes: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    finalUrl: lhr.finalDisplayedUrl,
    // Only the audits that count towards the score (Lighthouse also lists unweighted, manual ones).
    failedAudits: (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

async function main() {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  let browser;
  try {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0];
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page);
    const postPath = await findPostPath(page);
    const targets = [
      { name: 'home', path: '/' },
      { name: 'post', path: postPath },
      { name: 'search', path: `/search?q=${encodeURIComponent(searchText)}` },
    ].filter((target) => pages.includes(target.name));
    // Lighthouse opens its own tab; this one stays on a blank page so it loads nothing meanwhile.
    await page.goto('about:blank');

    const results = [];
    for (const target of targets) {
      for (const cache of ['cold', 'warm']) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) {
          // Warm runs follow the cold one: its downloads are what the cache holds.
          if (cache === 'cold') await clearCaches(page);
          log(`${target.name} (${cache}) run ${run + 1}/${runs}`);
          const answer = await lighthouse(
            `${baseUrl}${target.path}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
              disableStorageReset: true,
            },
            undefined,
          );
          // The whole report of the last run of each row, to see where the time goes.
          await mkdir(outputDir, { recursive: true });
          await writeFile(
            join(outputDir, `${target.name}-${cache}.json`),
            JSON.stringify(answer.lhr),
          );
          const sample = figures(answer.lhr);
          if (new URL(sample.finalUrl).origin !== new URL(baseUrl).origin) {
            throw new Error(`${target.name} ended on ${sample.finalUrl}: the session was not kept`);
          }
          samples.push(sample);
        }
        const scores = samples.map((sample) => sample.performance);
        const result = {
          page: target.name,
          path: target.path,
          cache,
          runs: samples.length,
          // On a machine shared with the servers, one run can lose several points to another
          // process: the spread says how far apart the runs were.
          performanceMin: Math.min(...scores),
          performanceMax: Math.max(...scores),
        };
        for (const key of Object.keys(samples[0])) {
          result[key] =
            typeof samples[0][key] === 'number'
              ? median(samples.map((sample) => sample[key]))
              : samples[samples.length - 1][key];
        }
        results.push(result);
      }
    }

    const ms = (value) => (value === undefined ? '—' : `${(value / 1000).toFixed(2)} s`);
    const kB = (value) => `${(value / 1000).toFixed(1)} kB`;
    console.log(
      '| page | cache | performance | runs (min–max) | accessibility | FCP | LCP | TTI | Speed Index | TBT | JS+CSS transferred | all transferred |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const row of results) {
      console.log(
        `| ${row.page} | ${row.cache} | ${row.performance} | ${row.performanceMin}–${row.performanceMax} | ${row.accessibility} | ${ms(row.fcpMs)} | ${ms(row.lcpMs)} | ${ms(row.ttiMs)} | ${ms(row.speedIndexMs)} | ${Math.round(row.tbtMs ?? 0)} ms | ${kB(row.jsCssTransferredBytes)} | ${kB(row.totalTransferredBytes)} |`,
      );
      if (row.failedAudits.length > 0) {
        console.log(`|  | accessibility audits failed: ${row.failedAudits.join(', ')} |`);
      }
    }
    await mkdir(outputDir, { recursive: true });
    const report = join(outputDir, 'lighthouse.json');
    const lighthouseVersion = JSON.parse(
      await readFile(join(here, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
    ).version;
    await writeFile(
      report,
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          baseUrl,
          user,
          runsPerRow: runs,
          lighthouse: lighthouseVersion,
          settings: 'Lighthouse defaults: mobile emulation, simulated throttling (Slow 4G, 4x CPU)',
          results,
        },
        null,
        2,
      )}\n`,
    );
    log(`report written to ${report}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await chrome.kill();
  }
}

main().catch((error) => {
  console.error(`[measure] failed: ${error.stack ?? error}`);
  process.exit(1);
});
