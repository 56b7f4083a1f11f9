// axe-core in every journey: each page a journey shows is audited once it has settled, and a
// journey fails on any violation, on a page wider than the window — and on any page it showed without auditing it, so a new step
// cannot slip a page past the check.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.1 A and AA, plus axe's best practices (heading order, unique landmarks…). The check that
// a control's accessible name contains its visible text (WCAG 2.5.3, voice control) is still
// "experimental" in axe, so it is switched on by name.
const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

/** "/posts/42/edit" and "/posts/7/edit" are one page; so are two guestbooks. */
export function pageKind(url) {
  const { pathname } = new URL(url);
  return pathname
    .split('/')
    .map((part) => (/^\d+$/.test(part) ? ':id' : part))
    .join('/')
    .replace(/^\/(guestbooks|shops|people)\/[^/:]+/, '/$1/:code');
}

/**
 * Follows which pages of `origin` a journey shows, and audits them on demand. `recordFault` is the
 * journey's failure channel (see browser.mjs).
 */
export function createAccessibilityAudit(origin, recordFault, log) {
  const shown = new Set();
  const audited = new Map();

  function watch(page) {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = frame.url();
      if (url.startsWith(origin)) shown.add(pageKind(url));
    });
  }

  /** Audits the page as it is now; call it once the step has waited for the content it expects. */
  async function audit(page, name) {
    const kind = pageKind(page.url());
    const injected = await page.evaluate(() => typeof window.axe !== 'undefined');
    // Evaluated through the DevTools protocol, not as a <script>: Bravo's CSP rightly refuses inline scripts.
    if (!injected) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(
      (options) => window.axe.run(document, options),
      RUN_OPTIONS,
    );
    audited.set(kind, (audited.get(kind) ?? 0) + 1);
    // A page wider than the phone makes people scroll sideways to read or reach a button.
    const width = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    if (width.page > width.window) {
      recordFault(`${name} (${kind}) is ${width.page} px wide in a ${width.window} px window`);
    }
    if (violations.violations.length === 0) {
      log(`axe: no violation on ${name} (${kind})`);
      return;
    }
    const details = violations.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', '),
    );
    recordFault(`Accessibility violations on ${name} (${kind}): ${details.join(' | ')}`);
  }

  /** Fails when the journey showed a page it never audited. */
  function assertEveryPageAudited() {
    const missed = [...shown].filter((kind) => !audited.has(kind));
    log(`axe: ${audited.size} page kinds audited (${[...audited.keys()].join(', ')})`);
    if (missed.length > 0) {
      throw new Error(`Pages shown but never audited for accessibility: ${missed.join(', ')}`);
    }
  }

  return { watch, audit, assertEveryPageAudited };
}
