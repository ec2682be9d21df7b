/**
 * The HTML report in real headless Chromium: it loads nothing, logs no error, filters, expands,
 * drills down from a control, keeps its state in the URL, survives hostile input and 20,000
 * findings. UPDATE_SCREENSHOT=1 also writes docs/report.png for the README.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openReport, visibleRows, type Opened } from './helpers/browser.js';
import { palisade, ROOT } from './helpers/cli.js';
import { formatHtml } from '../src/report/html/index.js';
import { manyFindings } from './helpers/many.js';
import { SAMPLE } from './helpers/sample.js';
import { HOSTILE_TEXTS, hostileResult } from './helpers/hostile.js';

let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'palisade-html-'));

function scanToHtml(paths: string[], name: string): string {
  const file = join(tmp, `${name}.html`);
  const r = palisade(['scan', ...paths, '--html', file, '--fail-on', 'none']);
  assert.ok(r.status === 0 || r.status === 3, r.stdout + r.stderr);
  return readFileSync(file, 'utf8');
}

function clean(o: Opened): void {
  assert.deepEqual(o.errors, [], 'console errors');
  assert.deepEqual(o.requests, [], 'the report made requests');
  assert.deepEqual(o.dialogs, [], 'a dialog opened');
}

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the fixtures report: no request, no console error; severity chips and search filter the rows; state lives in the hash', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['fixtures/compose/insecure', 'fixtures/cdk/cdk.out'], 'fixtures');
  const o = await openReport(browser, html);
  const { page } = o;
  const all = await visibleRows(page);
  assert.equal(all.length, 100, 'the first page holds 100 rows');
  assert.equal(all[0]!.sev, 'critical', 'sorted by severity');
  const total = Number(await page.textContent('#finding-count'));
  assert.ok(total > 100);

  await page.click('button[data-sev="critical"]');
  const critical = await visibleRows(page);
  assert.ok(critical.length > 0 && critical.length < all.length);
  assert.ok(critical.every((r) => r.sev === 'critical'), 'only critical rows after clicking the chip');
  assert.equal(await page.getAttribute('button[data-sev="critical"]', 'aria-pressed'), 'true');

  await page.fill('#search', 'minio');
  const minio = await visibleRows(page);
  assert.ok(minio.length > 0 && minio.length < critical.length);
  assert.ok(minio.every((r) => r.sev === 'critical' && /minio/i.test(r.text)));
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, '#findings?severity=critical&q=minio');

  // A linked, filtered view opens as it was.
  const linked = await openReport(browser, html, hash);
  assert.deepEqual(await visibleRows(linked.page), minio);
  assert.equal(await linked.page.inputValue('#search'), 'minio');
  clean(linked);

  await page.click('#clear-filters');
  assert.equal((await visibleRows(page)).length, 100);

  // The select filters: a rule.
  await page.selectOption('select[data-filter="rule"]', 'PAL-COMPOSE-001');
  const byRule = await visibleRows(page);
  assert.ok(byRule.length > 0 && byRule.every((r) => r.rule === 'PAL-COMPOSE-001'));
  await page.click('#clear-filters');

  // Paging.
  await page.click('#next-page');
  const second = await visibleRows(page);
  assert.equal(second.length, Math.min(100, total - 100));
  assert.notDeepEqual(second[0], all[0]);
  clean(o);
  await page.close();
  await linked.page.close();
});

test('a finding expands to its resource, exact location, description, remediation and frameworks', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['fixtures/cdk/cdk.out'], 'cdk');
  const o = await openReport(browser, html);
  const { page } = o;
  await page.selectOption('select[data-filter="rule"]', 'PAL-S3-008');
  const row = page.locator('#finding-rows tr.finding').first();
  await row.locator('button.expand').click();
  const detail = page.locator('#finding-rows tr.finding-detail').first();
  const text = (await detail.textContent()) ?? '';
  assert.match(text, /CDK construct/);
  assert.match(text, /fixtures\/cdk\/app\/lib\/[a-z-]+\.ts:\d+/, 'the TypeScript line');
  assert.match(text, /cdk\.out\/[A-Za-z]+\.template\.json:\d+/, 'the template line');
  assert.match(text, /Remediation/);
  assert.match(text, /rules\/README\.md#pal-s3-008/);
  assert.equal(await row.locator('button.expand').getAttribute('aria-expanded'), 'true');
  await row.locator('button.expand').click();
  assert.equal(await page.locator('#finding-rows tr.finding-detail').count(), 0, 'collapses again');
  clean(o);
  await page.close();
});

test('the compliance drill-down shows exactly that control\'s findings', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['fixtures/compose/insecure', 'fixtures/cdk/cdk.out'], 'drill');
  const o = await openReport(browser, html);
  const { page } = o;
  const fw = page.locator('details.framework').first();
  await fw.locator('summary').click();
  const link = fw.locator('a.drill').first();
  const expected = Number(((await link.textContent()) ?? '').split(' ')[0]);
  const control = (await link.locator('xpath=ancestor::tr/td[1]').textContent())!;
  const rules = ((await link.locator('xpath=ancestor::tr/td[3]').textContent()) ?? '').split(', ');
  const framework = (await fw.getAttribute('data-framework'))!;
  await link.click();
  await page.waitForFunction(() => !document.getElementById('active-control')!.hidden);
  assert.equal(await page.textContent('#active-control'), `Showing the findings of control ${framework} ${control}.`);
  const rows = await visibleRows(page);
  assert.equal(rows.length, Math.min(expected, 100));
  assert.ok(rows.every((r) => rules.includes(r.rule)), `rows outside ${rules.join(', ')}`);
  assert.match(await page.evaluate(() => location.hash), /^#findings\?control=/);
  clean(o);
  if (process.env.UPDATE_SCREENSHOT) {
    await page.click('#clear-filters');
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'report.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } });
  }
  await page.close();
});

test('hostile input (script tags, handlers, javascript: URLs) is shown as text and runs nothing', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['test/fixtures/html/hostile'], 'hostile');
  assert.ok(!html.includes('<script>window.__pwned'), 'raw markup from input in the file');
  const o = await openReport(browser, html);
  const { page } = o;
  await page.click('button[data-sev="critical"]');
  await page.locator('#finding-rows button.expand').first().click();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'an injected script ran');
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('script').count(), 2, 'only the data block and the report script');
  const rows = await visibleRows(page);
  assert.ok(rows.some((r) => r.text.includes('x</script><script>window.__pwned=1</script>')), 'the name is shown as text');
  const owners = await page.$$eval('select[data-filter="owner"] option', (os) => os.map((x) => x.textContent));
  assert.ok(owners.includes('<img src=x onerror=window.__pwned=3>'));
  assert.match((await page.textContent('#exceptions')) ?? '', /not allowed: javascript:alert\(1\)/);
  clean(o);
  await page.close();
});

test('20,000 findings load, page and filter', { timeout: 180_000 }, async () => {
  const html = formatHtml(manyFindings(20_000));
  const o = await openReport(browser, html);
  const { page } = o;
  assert.equal(await page.textContent('#finding-count'), '20000');
  assert.equal((await visibleRows(page)).length, 100);
  await page.click('button[data-sev="high"]');
  assert.equal(await page.textContent('#finding-count'), '4000 of 20000');
  await page.fill('#search', 'svc1999');
  const rows = await visibleRows(page);
  assert.ok(rows.length > 0 && rows.every((r) => r.sev === 'high' && r.text.includes('svc1999')));
  clean(o);
  await page.close();
});

test('the embedded data cannot close its script element', () => {
  const html = scanToHtml(['test/fixtures/html/hostile'], 'hostile-raw');
  const data = html.slice(html.indexOf('<script type="application/json"'), html.lastIndexOf('<script>'));
  assert.ok(!/<\/script>.*<\/script>/s.test(data.slice(0, data.lastIndexOf('</script>'))), 'a second </script> in the data');
  assert.ok(!/[<>&\u2028\u2029]/.test(data.slice(data.indexOf('>') + 1, data.lastIndexOf('</script>'))));
  writeFileSync(join(tmp, 'ok'), '');
});

/** Switches the page's media; the report reacts to the media change (asynchronously). */
async function media(page: Page, to: 'print' | 'screen', rows: number): Promise<void> {
  await page.emulateMedia({ media: to });
  await page.waitForFunction((n) => document.querySelectorAll('#finding-rows tr.finding').length === n, rows, { timeout: 20_000 });
}

test('printing shows every finding that matches the filters (not one page), the expanded details, and opens every section', { timeout: 180_000 }, async () => {
  const html = formatHtml(manyFindings(1_250));
  const o = await openReport(browser, html);
  const { page } = o;
  await page.locator('#finding-rows button.expand').first().click();
  const expanded = (await page.locator('#finding-rows tr.finding').first().getAttribute('data-fp'))!;
  assert.equal((await visibleRows(page)).length, 100);

  await media(page, 'print', 1_250);
  assert.equal((await visibleRows(page)).length, 1_250, 'every finding is in the printed table');
  assert.equal(await page.locator('#finding-rows tr.finding-detail').count(), 1, 'the expanded finding keeps its details');
  assert.equal(await page.locator(`#finding-rows tr.finding[data-fp="${expanded}"] + tr.finding-detail`).count(), 1);
  assert.equal(await page.locator('details:not([open])').count(), 0, 'every section is open');
  assert.ok(await page.locator('#print-note').isVisible());
  assert.equal(await page.textContent('#print-note'), 'All 1250 findings.');
  assert.ok(!(await page.locator('nav.pager').isVisible()), 'no pager on paper');
  // The frameworks' control tables are rendered on paper, not only present.
  const controls = page.locator('details.framework table').first();
  if ((await page.locator('details.framework').count()) > 0) assert.ok(await controls.isVisible());

  await media(page, 'screen', 100);
  assert.equal((await visibleRows(page)).length, 100, 'back to one page on screen');
  assert.ok((await page.locator('details:not([open])').count()) > 0, 'sections closed again');

  // A filtered view prints all its matches, and says which filter.
  await page.click('button[data-sev="high"]');
  await media(page, 'print', 250);
  assert.equal((await visibleRows(page)).length, 250);
  assert.equal(await page.textContent('#print-note'), 'All 250 findings matching severity high (of 1250).');
  await media(page, 'screen', 100);

  // page.pdf() (the browser's print path) fires beforeprint: 1250 findings print on many more
  // pages than the 250 high ones, and the table is back to one page after each.
  const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const highPages = pdfPages(await page.pdf({ format: 'A4' }));
  await page.click('button[data-sev="high"]');
  const allPages = pdfPages(await page.pdf({ format: 'A4' }));
  assert.ok(highPages > 3 && allPages > highPages * 3, `PDF pages: ${highPages} for 250 findings, ${allPages} for 1250`);
  assert.equal((await visibleRows(page)).length, 100);
  clean(o);
  await page.close();
});

/** The expanded detail of the first visible finding, as `term: value` pairs. */
async function expandFirst(page: Page): Promise<Record<string, string>> {
  await page.locator('#finding-rows tr.finding button.expand').first().click();
  return page.$$eval('#finding-rows tr.finding-detail dl.facts dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])));
}

test('a live finding linked to its cdk.out stack shows the template line, the construct and the TypeScript line; every finding its CWE', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['fixtures/cdk/cdk.out', '--aws-config-snapshot', 'test/fixtures/iac-link/cdk-live'], 'iac');
  const o = await openReport(browser, html);
  const { page } = o;
  await page.selectOption('select[data-filter="rule"]', 'PAL-S3-003');
  await page.selectOption('select[data-filter="source"]', 'Live AWS 111122223333/us-east-1');
  const rows = await visibleRows(page);
  assert.equal(rows.length, 1, JSON.stringify(rows));
  assert.match(rows[0]!.text, /declared at fixtures\/cdk\/app\/lib\/assistant-dev-stack\.ts:21/, 'the row names the declaring line');
  const facts = await expandFirst(page);
  assert.equal(facts['ARN'], 'arn:aws:s3:::assistantdev-documents7e5b2978-1q2w3e4r5t6y');
  assert.equal(facts['Declared in'], 'fixtures/cdk/cdk.out/AssistantDev.template.json:6');
  assert.equal(facts['Stack and logical id'], 'AssistantDev / Documents7E5B2978');
  assert.equal(facts['Declared by CDK construct'], 'AssistantDev/Documents/Resource');
  assert.equal(facts['Declared at source'], 'fixtures/cdk/app/lib/assistant-dev-stack.ts:21');
  assert.equal(facts['Weakness'], 'CWE-284');
  assert.equal(facts['Framework-managed'], undefined, 'the app made this bucket');
  // The search reaches the link and the CWE.
  await page.click('#clear-filters');
  await page.fill('#search', 'cwe-284 assistant-dev-stack.ts:21 111122223333');
  const found = await visibleRows(page);
  assert.ok(found.length >= 1 && found.every((r) => r.rule === 'PAL-S3-003'), JSON.stringify(found));
  clean(o);
  await page.close();
});

test('a framework-managed resource (the bucket-notifications handler of a synthesized app) carries a badge in its row and says so when expanded', { timeout: 120_000 }, async () => {
  const html = scanToHtml(['fixtures/cdk-framework/cdk.out'], 'framework');
  const app = readFileSync(join(ROOT, 'fixtures/cdk-framework/app/lib/framework-app.ts'), 'utf8').split('\n');
  const notifyLine = app.findIndex((l) => l.includes('uploads.addEventNotification(')) + 1;
  const o = await openReport(browser, html);
  const { page } = o;
  await page.selectOption('select[data-filter="rule"]', 'PAL-LAMBDA-006');
  await page.fill('#search', 'BucketNotificationsHandler');
  const rows = await visibleRows(page);
  assert.equal(rows.length, 1, JSON.stringify(rows));
  assert.equal(await page.locator('#finding-rows tr.finding .badge-managed').textContent(), 'framework-managed');
  const facts = await expandFirst(page);
  assert.match(facts['CDK construct'] ?? '', /^Framework\/BucketNotificationsHandler[0-9a-f]{32}\/Resource$/);
  assert.equal(facts['Source'], `fixtures/cdk-framework/app/lib/framework-app.ts:${notifyLine}`);
  assert.match(facts['Framework-managed'] ?? '', /^aws-cdk-lib created this resource on its own/);
  assert.match(facts['Weakness'] ?? '', /^CWE-\d+$|^none \(no CWE fits\)$/);
  // The app's own function beside it has no badge; the search finds the framework's by the word.
  await page.fill('#search', 'OnUpload');
  assert.equal((await visibleRows(page)).length, 1);
  assert.equal(await page.locator('#finding-rows .badge-managed').count(), 0, 'only framework-managed rows have the badge');
  assert.equal((await expandFirst(page))['Framework-managed'], undefined);
  await page.fill('#search', 'framework-managed');
  assert.equal((await visibleRows(page)).length, 3, 'the three functions aws-cdk-lib added');
  clean(o);
  await page.close();
});

test('a rule\'s CWE shows in the detail only when the rule states one (golden sample)', { timeout: 120_000 }, async () => {
  const o = await openReport(browser, formatHtml(SAMPLE));
  const { page } = o;
  await page.selectOption('select[data-filter="rule"]', 'PAL-LAMBDA-006');
  assert.equal((await expandFirst(page))['Weakness'], undefined, 'the sample rule states no CWE');
  await page.selectOption('select[data-filter="rule"]', 'PAL-COMPOSE-001');
  assert.equal((await expandFirst(page))['Weakness'], 'CWE-250');
  clean(o);
  await page.close();
});

test('hostile construct paths, source files, template files and CWE text reach the detail as text only', { timeout: 120_000 }, async () => {
  const o = await openReport(browser, formatHtml(hostileResult()));
  const { page } = o;
  const toggles = page.locator('#finding-rows tr.finding button.expand');
  const count = await toggles.count();
  assert.equal(count, 13);
  // Expand every finding (each click re-renders the table, so look the button up again).
  for (let i = 0; i < count; i++) await page.locator('#finding-rows tr.finding button.expand').nth(i).click();
  assert.equal(await page.locator('#finding-rows tr.finding-detail').count(), count);
  const detail = (await page.locator('#finding-rows').textContent()) ?? '';
  assert.ok(detail.includes(`Weakness${HOSTILE_TEXTS[0]}`), 'a hostile CWE is shown as text');
  assert.ok(detail.includes(`Declared at sourceapp/${HOSTILE_TEXTS[2]}.ts:7`), 'a hostile declaring line is shown as text');
  assert.ok(detail.includes(`CDK constructApp/${HOSTILE_TEXTS[1]}/Resource`), 'a hostile construct path is shown as text');
  assert.equal(await page.locator('#finding-rows img, #finding-rows script, #finding-rows a').count(), 0, 'no element from input');
  assert.ok((await page.locator('#finding-rows .badge-managed').count()) > 0);
  clean(o);
  await page.close();
});
