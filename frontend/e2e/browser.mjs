// Shared by the browser journeys: how to start Debian's Chromium here and open a phone-sized page.
import { chromium } from 'playwright-core';
import { createAccessibilityAudit } from './accessibility.mjs';

// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// A journey fails at the first fault a person could run into: an uncaught error or a console error on any page, or a
// Content-Security-Policy violation on one of Bravo's pages (Keycloak's own pages answer to their own policy and are
// not judged on it). A console error a step causes on purpose is let through by `withExpectedConsoleErrors`.
const APP_ORIGIN = process.env.BRAVO_URL ? new URL(process.env.BRAVO_URL).origin : undefined;
const faults = [];
const expectedConsoleErrors = new Set();
let rejectOnFault;

/**
 * Rejects at the first fault on a page, naming it. Journeys race their steps against it (and call
 * `assertNoPageFault` once done, for one seen after the last step).
 */
export const pageFault = new Promise((_, reject) => {
  rejectOnFault = reject;
});
// Nobody may be listening yet when it rejects; the journey's race or final check reports it.
pageFault.catch(() => undefined);

function isAppPage(url) {
  try {
    return APP_ORIGIN === undefined || new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** The address without its query and fragment: Keycloak's carry one-time codes that only add noise. */
function shortUrl(url) {
  return url.split(/[?#]/)[0];
}

function recordFault(description, log) {
  if (faults.includes(description)) return;
  faults.push(description);
  log(description);
  rejectOnFault(new Error(description));
}

let accessibility;

/**
 * Checks the page as it is now with axe-core (see accessibility.mjs); a violation is a fault. Call it once a step
 * has waited for the content it expects.
 */
export function auditAccessibility(page, name) {
  if (!accessibility) throw new Error('auditAccessibility before openPhonePage');
  return accessibility.audit(page, name);
}

/** Called once a journey is done: faults seen after its last step, and any Bravo page it showed but never audited. */
export function assertNoPageFault() {
  if (faults.length > 0) throw new Error(`Faults on the pages: ${faults.join(' | ')}`);
  accessibility?.assertEveryPageAudited();
}

/**
 * Runs `step` letting through the console errors it causes on purpose, and only those. Each entry of `expected` is
 * `{ text, url, why }`: a console error passes when its text matches `text` and the address it names (the resource
 * that failed to load, or the script that logged it) matches `url`; `why` says why it is bound to happen and is
 * logged with it. Any other console error still fails the journey.
 */
export async function withExpectedConsoleErrors(expected, step) {
  for (const entry of expected) expectedConsoleErrors.add(entry);
  try {
    return await step();
  } finally {
    for (const entry of expected) expectedConsoleErrors.delete(entry);
  }
}

function expectedConsoleError(message) {
  const source = message.location().url ?? '';
  return [...expectedConsoleErrors].find(
    (entry) => entry.text.test(message.text()) && entry.url.test(source),
  );
}

/** Chromium's console line for a violation, and the event pages can listen to; either one counts. */
async function watchContentSecurityPolicy(context, log) {
  await context.exposeBinding('__bravoCspViolation', ({ frame }, violation) => {
    if (!isAppPage(frame.url())) return;
    recordFault(
      'Content-Security-Policy violation on a Bravo page: ' +
        `${violation.directive} blocked ${violation.blocked || 'inline code'}` +
        (violation.sample ? ` ("${violation.sample}")` : '') +
        ` at ${violation.source || violation.page}${violation.line ? `:${violation.line}` : ''}`,
      log,
    );
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__bravoCspViolation?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile,
        line: event.lineNumber,
        page: window.location.href.split('#')[0],
      });
    });
  });
}

function watchErrors(page, log) {
  page.on('pageerror', (error) => {
    recordFault(`Uncaught error on ${shortUrl(page.url())}: ${error.message}`, log);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[ -]Security[ -]Policy/i.test(text)) {
      if (isAppPage(page.url())) {
        recordFault(`Content-Security-Policy violation on a Bravo page: ${text}`, log);
      }
      return;
    }
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const source = url ? ` (${shortUrl(url)}${lineNumber ? `:${lineNumber}` : ''})` : '';
    const expected = expectedConsoleError(message);
    if (expected) {
      log(`console error, expected (${expected.why}): ${text}${source}`);
      return;
    }
    recordFault(`Console error on ${shortUrl(page.url())}: ${text}${source}`, log);
  });
}

/**
 * A French-speaking phone page whose faults fail the journey (see `pageFault`) and whose pages are audited (see
 * `auditAccessibility`); `log` tells them as they happen.
 */
export async function openPhonePage(browser, viewport, timeoutMs, log, { touch = false } = {}) {
  // `touch`: a phone's touch screen (no hover, coarse pointer), where Bravo offers the camera buttons.
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport,
    ...(touch ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  watchErrors(page, log);
  accessibility ??= createAccessibilityAudit(
    APP_ORIGIN ?? new URL(process.env.BRAVO_URL ?? 'http://localhost:8080').origin,
    (description) => recordFault(description, log),
    log,
  );
  accessibility.watch(page);
  await watchContentSecurityPolicy(context, log);
  return page;
}
