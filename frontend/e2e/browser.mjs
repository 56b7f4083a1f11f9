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

/** A French-speaking phone page that reports page and console errors through `log`. */
export async function openPhonePage(browser, viewport, timeoutMs, log) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`console error: ${message.text()}`);
  });
  return page;
}
