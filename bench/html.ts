/**
 * The HTML report at scale: 20,000 findings (issue 8 asks that they load and filter in under a
 * second), measured in the real headless Chromium the browser tests use. Prints figures, asserts
 * nothing; skipped with a note when Chromium is not installed (scripts/install-chromium.sh).
 *
 * Per step: wall time in the page (performance.now) and the main thread's task time from the
 * DevTools Performance metrics (TaskDuration: CPU spent on the page's tasks, less noisy than wall
 * time on a shared machine).
 */
import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { formatHtml } from '../src/report/html/index.js';
import { CHROMIUM, launch, openReport } from '../test/helpers/browser.js';
import { manyFindings } from '../test/helpers/many.js';

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/** Runs `step` in the page (synchronously: the report renders inside its event handlers). */
async function timed(page: Page, cdp: CDPSession, step: string): Promise<{ wallMs: number; taskMs: number }> {
  const before = await taskSeconds(cdp);
  const wallMs = await page.evaluate((code) => {
    const t = performance.now();
    new Function(code)();
    return performance.now() - t;
  }, step);
  return { wallMs, taskMs: ((await taskSeconds(cdp)) - before) * 1000 };
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '-');

export async function benchHtml(quick: boolean): Promise<void> {
  const n = quick ? 5_000 : 20_000;
  const name = `HTML: ${n} findings`;
  if (!existsSync(CHROMIUM)) {
    console.log(`${name.padEnd(30)} | skipped: no Chromium at ${CHROMIUM} (bash scripts/install-chromium.sh)`);
    return;
  }
  const t0 = process.cpuUsage();
  const html = formatHtml(manyFindings(n));
  const render = process.cpuUsage(t0);
  const browser = await launch();
  try {
    let cdp: CDPSession | undefined;
    let startTask = 0;
    const o = await openReport(browser, html, '', async (blank) => {
      cdp = await blank.context().newCDPSession(blank);
      await cdp.send('Performance.enable');
      startTask = await taskSeconds(cdp);
    });
    const { page } = o;
    if (!cdp) throw new Error('no DevTools session');
    const loadTask = ((await taskSeconds(cdp)) - startTask) * 1000;
    // The report's inline script has rendered the first page of rows by DOMContentLoaded; the
    // bytes come through the test route (a local transfer), so parse + script is counted from
    // their arrival.
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return e ? { total: e.domContentLoadedEventEnd, parse: e.domContentLoadedEventEnd - e.responseEnd } : { total: NaN, parse: NaN };
    });
    const chip = await timed(page, cdp, `document.querySelector('button[data-sev="high"]').click()`);
    const search = await timed(page, cdp, `const s = document.getElementById('search'); s.value = 'svc1999'; s.dispatchEvent(new Event('input'))`);
    const clear = await timed(page, cdp, `document.getElementById('clear-filters').click()`);
    const shown = await page.textContent('#finding-count');
    console.log(
      `${name.padEnd(30)} | ${(html.length / 1024 / 1024).toFixed(1)} MiB file, rendered in ${ms((render.user + render.system) / 1000)} CPU (node) | ` +
        `load to first rows ${ms(nav.parse)} wall after the bytes (${ms(nav.total)} with the transfer), ${ms(loadTask)} page task time | severity chip ${ms(chip.wallMs)} wall, ${ms(chip.taskMs)} task | ` +
        `search ${ms(search.wallMs)} wall, ${ms(search.taskMs)} task | clear ${ms(clear.wallMs)} wall | ${o.errors.length} console errors, ${o.requests.length} requests, count ${shown} | target < 1000 ms each`,
    );
    await page.close();
  } finally {
    await browser.close();
  }
}
