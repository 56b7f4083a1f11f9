// Shared by the browser journeys: how to start Debian's Chromium here and open a phone-sized page.
import { chromium } from 'playwright-core';

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

// Bravo's pages run under its Content-Security-Policy; any violation there fails the journey. Keycloak's own
// pages are its business and are not judged.
const APP_ORIGIN = process.env.BRAVO_URL ? new URL(process.env.BRAVO_URL).origin : undefined;
const violations = [];
let rejectOnViolation;

/**
 * Rejects at the first Content-Security-Policy violation on one of Bravo's pages, naming it. Journeys race their
 * steps against it (and call `assertNoCspViolation` once done, for one seen after the last step).
 */
export const cspViolation = new Promise((_, reject) => {
  rejectOnViolation = reject;
});
// Nobody may be listening yet when it rejects; the journey's race or final check reports it.
cspViolation.catch(() => undefined);

function isAppPage(url) {
  try {
    return APP_ORIGIN === undefined || new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function recordCspViolation(description, log) {
  if (violations.includes(description)) return;
  violations.push(description);
  log(`CSP violation: ${description}`);
  rejectOnViolation(new Error(`Content-Security-Policy violation on a Bravo page: ${description}`));
}

export function assertNoCspViolation() {
  if (violations.length > 0) {
    throw new Error(`Content-Security-Policy violations on Bravo pages: ${violations.join(' | ')}`);
  }
}

/** Chromium's console line for a violation, and the event pages can listen to; either one counts. */
async function watchContentSecurityPolicy(context, page, log) {
  await context.exposeBinding('__bravoCspViolation', ({ frame }, violation) => {
    if (!isAppPage(frame.url())) return;
    recordCspViolation(
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
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text()) && isAppPage(page.url())) {
      recordCspViolation(message.text(), log);
    }
  });
}

/**
 * A French-speaking phone page that reports page and console errors through `log` and fails the journey on any
 * Content-Security-Policy violation (see `cspViolation`).
 */
export async function openPhonePage(browser, viewport, timeoutMs, log) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`console error: ${message.text()}`);
  });
  await watchContentSecurityPolicy(context, page, log);
  return page;
}
