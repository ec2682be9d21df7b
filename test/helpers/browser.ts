/**
 * Opens an HTML report in real headless Chromium (Debian's, installed by
 * scripts/install-chromium.sh). The report is served at one made-up origin; every other request
 * is recorded and aborted, so a test can assert that the report loads nothing.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'http://report.palisade.test';
export const REPORT_URL = `${ORIGIN}/report.html`;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request other than the report itself. */
  requests: string[];
  dialogs: string[];
}

/** `beforeLoad` runs on the blank page before the report is navigated to (the benchmark starts its metrics there). */
export async function openReport(browser: Browser, html: string, hash = '', beforeLoad?: (page: Page) => Promise<void>): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (beforeLoad) await beforeLoad(page);
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  page.on('pageerror', (e) => opened.errors.push(String(e)));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url().split('#')[0] !== REPORT_URL) opened.requests.push(r.url());
  });
  await page.route('**/*', (route) => {
    if (route.request().url().split('#')[0] === REPORT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort();
  });
  await page.goto(REPORT_URL + hash);
  await page.waitForSelector('html[data-ready="true"]');
  return opened;
}

/** The visible findings rows, as their severity, rule and full text. */
export function visibleRows(page: Page): Promise<Array<{ sev: string; rule: string; text: string }>> {
  return page.$$eval('#finding-rows tr.finding', (trs) =>
    trs.map((tr) => ({
      sev: tr.querySelector('.sev')?.textContent ?? '',
      rule: tr.querySelector('button.expand')?.textContent ?? '',
      text: tr.textContent ?? '',
    })),
  );
}
