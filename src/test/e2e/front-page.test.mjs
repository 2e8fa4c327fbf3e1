// End-to-end test of the front page in headless Debian Chromium, driven by playwright-core.
//
// It loads GET / from a running service, reads the same API data itself and checks that every chart drew the
// number of bars and rows that data calls for, that the page logs no error and no request fails, that the keyboard
// reaches the government selector and a change redraws the investment chart, that the search box lists the API's
// hits and that the "download this view" links carry the page's filters into CSV and NDJSON, that a reload revalidates every API
// answer with If-None-Match and gets 304s, that nothing overflows a 360 px phone screen, and that Swagger UI, which
// the page's Content-Security-Policy leaves out, still works. It saves a full-page screenshot at desktop and at
// phone width.
//
//   BASE_URL=http://127.0.0.1:8080 SCREENSHOT_DIR=target/e2e node --test front-page.test.mjs
//
// CHROMIUM overrides the browser (default /usr/bin/chromium).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../target/e2e/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TOP_PLEDGES = 10;

// --- The API, read by the test itself -------------------------------------------------------------------------

async function getJson(path) {
  const response = await fetch(BASE_URL + path, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, `GET ${path}`);
  return { body: await response.json(), link: response.headers.get('Link') };
}

/** Every row of a collection, following the Link header's rel="next" as the page does. */
async function getAll(path) {
  const rows = [];
  let total;
  for (let next = path; next; ) {
    const { body, link } = await getJson(next);
    rows.push(...body.data);
    total = body.meta.total;
    next = /<([^>]+)>;\s*rel="next"/.exec(link ?? '')?.[1] ?? null;
  }
  assert.equal(rows.length, total, `${path}: rows across pages`);
  return rows;
}

const positive = (value) => typeof value === 'number' && value > 0;

// --- The browser ------------------------------------------------------------------------------------------------

let userDataDir;
let context;
let page;
const problems = [];

function watch(target) {
  target.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  target.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  target.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
}

async function waitUntilDrawn() {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state), null, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  const errors = await page.locator('.section-error').allTextContents();
  assert.equal(state, 'ready', `the page reports failed sections: ${errors.join(' | ')}`);
}

/** Counts inside one figure: rows (bar-list rows, ladder rungs), bars, and stacked-column columns. */
async function countsIn(locator) {
  return locator.evaluate((figure) => ({
    rows: figure.querySelectorAll('svg .row').length,
    bars: figure.querySelectorAll('svg .bar').length,
    columns: figure.querySelectorAll('svg .column').length,
    empty: figure.querySelectorAll('.empty').length,
  }));
}

before(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'front-page-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // As root Chromium needs --no-sandbox; the other flags keep it from calling Google's services, which this
    // closed network refuses noisily.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    locale: 'ko-KR',
  });
  page = context.pages()[0] ?? await context.newPage();
  watch(page);
});

after(async () => {
  await context?.close();
  if (userDataDir) {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

// --- The tests, in order: each builds on the page the previous one left ----------------------------------------

test('GET / answers HTML with a strict CSP and draws every section', async () => {
  const response = await page.goto(`${BASE_URL}/`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/html;\s*charset=utf-8/i);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  await waitUntilDrawn();
});

test('the coverage lists every government and every dataset', async () => {
  const governments = await getAll('/api/v1/governments');
  const datasets = await getAll('/api/v1/datasets');
  assert.equal(await page.locator('#governments-table tbody tr').count(), governments.length);
  assert.deepEqual(await page.locator('#datasets-list > li').evaluateAll((items) => items.map((li) => li.dataset.key)),
    datasets.map((dataset) => dataset.id));
});

/** What chart (a) must show for a government: one bar per period and area with an amount. */
async function expectedInvestment(government) {
  const rows = await getAll(`/api/v1/investments?government=${encodeURIComponent(government)}&depth=1`);
  const cells = new Map();
  for (const row of rows.filter((r) => r.status === 'AMOUNT')) {
    const key = `${row.period}|${row.area}`;
    cells.set(key, (cells.get(key) ?? 0) + row.amount);
  }
  return {
    rows: rows.length,
    bars: [...cells.values()].filter(positive).length,
    periods: new Set(rows.map((row) => row.period)).size,
    areas: new Set(rows.map((row) => row.area)).size,
  };
}

test('chart (a): a bar per period and strategy area with an amount, the columns adding up to the summary', async () => {
  const withPledges = await getAll('/api/v1/investments/summary?groupBy=government');
  const government = await page.inputValue('#government-select');
  assert.equal(government, withPledges[0].governmentId, 'the selector starts at the first government with pledges');
  const expected = await expectedInvestment(government);
  assert.ok(expected.bars > 0, 'the bundled data has investments to draw');
  const figure = page.locator('#chart-investment');
  const counts = await countsIn(figure);
  assert.equal(counts.bars, expected.bars);
  assert.equal(counts.columns, expected.periods);
  assert.equal(await figure.locator('.legend li').count(), expected.areas);

  const summary = await getAll(`/api/v1/investments/summary?government=${encodeURIComponent(government)}`);
  const drawn = await figure.locator('svg .column').evaluateAll((columns) => columns.map((column) => ({
    period: column.dataset.key,
    sum: [...column.querySelectorAll('.bar')].reduce((sum, bar) => sum + Number(bar.dataset.value), 0),
  })));
  for (const { period, sum } of drawn) {
    const row = summary.find((s) => s.period === period);
    assert.ok(row, `period ${period} is in the summary`);
    assert.equal(Math.round(sum * 100) / 100, row.amount, `column ${period} adds up to the summary's amount`);
  }
});

test('chart (b): the largest pledges, in the API\'s order, a bar for each with an amount', async () => {
  const government = await page.inputValue('#government-select');
  const { body } = await getJson(`/api/v1/pledges?government=${encodeURIComponent(government)}&depth=1&sort=-total`
    + `&size=${TOP_PLEDGES}`);
  const figure = page.locator('#chart-top-pledges');
  const counts = await countsIn(figure);
  assert.equal(counts.rows, body.data.length);
  assert.equal(counts.bars, body.data.filter((pledge) => positive(pledge.total)).length);
  assert.deepEqual(await figure.locator('svg .row').evaluateAll((rows) => rows.map((row) => row.dataset.key)),
    body.data.map((pledge) => pledge.id));
});

test('chart (c): each plan a ladder with a rung per stage and a bar per stage with a head count', async () => {
  const stages = await getAll('/api/v1/disaster-response-stages');
  const plans = new Set(stages.map((stage) => stage.planId));
  const figures = page.locator('#disaster-charts figure.chart');
  assert.equal(await figures.count(), plans.size);
  let rows = 0;
  let bars = 0;
  for (const figure of await figures.all()) {
    const counts = await countsIn(figure);
    rows += counts.rows;
    bars += counts.bars;
  }
  assert.equal(rows, stages.length);
  assert.equal(bars, stages.filter((stage) => positive(stage.staffing?.persons)).length);
});

test('chart (d): a figure per budget table, a row per line, a segment per non-zero part', async () => {
  // Statements (kind STATEMENT, printed 해당 없음) have no figures to chart.
  const lines = (await getAll('/api/v1/execution-results'))
    .filter((line) => line.kind === 'EXECUTION' || line.kind === 'SETTLEMENT');
  const tables = new Set(lines.map((line) => `${line.kind}:${line.fiscalYear}`));
  const parts = (line) => (line.kind === 'EXECUTION'
    ? [line.execution.executed, line.execution.remaining]
    : [line.settlement.expenditure, line.settlement.carriedOver, line.settlement.unspent]);
  const figures = page.locator('#execution-charts figure.chart');
  assert.equal(await figures.count(), tables.size);
  let rows = 0;
  let bars = 0;
  for (const figure of await figures.all()) {
    const counts = await countsIn(figure);
    rows += counts.rows;
    bars += counts.bars;
  }
  assert.equal(rows, lines.length);
  assert.equal(bars, lines.flatMap(parts).filter(positive).length);
});

test('chart (e): a row per dataset checked and a card for every mismatch', async () => {
  const { body: summary } = await getJson('/api/v1/consistency/summary');
  const mismatches = await getAll('/api/v1/consistency?status=MISMATCH');
  assert.equal(mismatches.length, summary.mismatch);
  const counts = await countsIn(page.locator('#chart-consistency'));
  assert.equal(counts.rows, summary.byDataset.length);
  assert.equal(counts.bars, summary.byDataset.flatMap((row) => [row.match, row.mismatch]).filter(positive).length);
  assert.deepEqual(await page.locator('#mismatch-list > li').evaluateAll((items) => items.map((li) => li.dataset.key)),
    mismatches.map((check) => check.id));
});

test('every chart is an image with a title and a description, and a table behind it', async () => {
  const figures = await page.locator('figure.chart').all();
  assert.ok(figures.length >= 5);
  for (const figure of figures) {
    const text = await figure.evaluate((element) => {
      const svg = element.querySelector('svg[role="img"]');
      const [title, desc] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '');
      return { title, desc, table: element.querySelectorAll('details table tbody tr').length };
    });
    assert.ok(text.title.length > 0 && text.desc.length > 0, 'an <svg role="img"> with its <title> and <desc>');
    assert.ok(text.table > 0, 'a data table with rows');
  }
  const animation = await page.locator('svg .bar').first().evaluate((bar) => getComputedStyle(bar).animationName);
  assert.equal(animation, 'none', 'no animation when the visitor prefers reduced motion');
});

test('the keyboard reaches the government selector, and changing it redraws chart (a)', async () => {
  const select = page.locator('#government-select');
  const original = await select.inputValue();
  const options = await select.locator('option').evaluateAll((all) => all.map((option) => option.value));
  assert.ok(options.length > 1, 'the selector offers more than one government');

  await page.evaluate(() => document.activeElement?.blur());
  let focused = '';
  for (let presses = 0; presses < 40 && focused !== 'government-select'; presses++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'government-select', 'Tab reaches the selector');
  assert.notEqual(await select.evaluate((element) => getComputedStyle(element).outlineStyle), 'none',
    'the focused selector shows a focus outline');

  const next = options[options.indexOf(original) + 1];
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`#chart-investment[data-government="${next}"]:not([aria-busy])`);
  const expected = await expectedInvestment(next);
  const counts = await countsIn(page.locator('#chart-investment'));
  assert.equal(counts.bars, expected.bars, `bars for ${next}`);
  assert.equal(counts.empty, expected.rows === 0 ? 1 : 0, 'a government without pledges is said so, not drawn empty');
  assert.match(page.url(), new RegExp(`#government=${next}$`));

  await page.keyboard.press('ArrowUp');
  await page.waitForSelector(`#chart-investment[data-government="${original}"]:not([aria-busy])`);
  assert.equal((await countsIn(page.locator('#chart-investment'))).bars, (await expectedInvestment(original)).bars);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'front-page.png'), fullPage: true });
});

test('the search box lists the API\'s hits for a word and offers every hit as CSV and NDJSON', async () => {
  const term = '침수';
  const expected = (await getJson(`/api/v1/search?q=${encodeURIComponent(term)}&size=20`)).body;
  assert.ok(expected.meta.total > 0, `the data holds ${term}`);
  await page.locator('#search-q').fill(term);
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector(`#search-results[data-term="${term}"]:not([aria-busy])`);
  const hits = await page.locator('#search-results .hit a').evaluateAll((links) =>
    links.map((link) => ({ title: link.textContent, link: link.getAttribute('href') })));
  assert.deepEqual(hits, expected.data.map((hit) => ({ title: hit.title, link: hit.link })),
    'the hits in the API\'s order, each linked to its resource');
  assert.match(await page.locator('#search-summary').textContent(), new RegExp(`${expected.meta.total}건`));
  assert.equal(page.url().startsWith(BASE_URL), true, 'the form was not submitted (CSP form-action none)');
  assert.ok(await page.locator('#search-downloads').isVisible(), 'the downloads of the hits are offered');
  const csv = await download(await page.locator('#search-csv').getAttribute('href'), 'text/csv');
  assert.equal(csv.lines.length - 1, expected.meta.total, 'the CSV holds every hit, after its header row');
  const ndjson = await download(await page.locator('#search-ndjson').getAttribute('href'), 'application/x-ndjson');
  assert.deepEqual(ndjson.lines.slice(0, expected.data.length).map((line) => JSON.parse(line).id),
    expected.data.map((hit) => hit.id), 'the NDJSON holds the hits in the API\'s order');
  assert.equal(ndjson.lines.length, expected.meta.total);

  await page.locator('#search-q').fill('');
  await page.locator('#search-q').press('Enter');
  assert.equal(await page.locator('#search-results .hit').count(), 0, 'an empty search clears the hits');
});

test('"download this view" carries the government chosen into the CSV and NDJSON of pledges and investments', async () => {
  const select = page.locator('#government-select');
  const options = await select.locator('option').evaluateAll((all) => all.map((option) => option.value));
  for (const government of [options[1], options[0]]) {
    await select.selectOption(government);
    await page.waitForSelector(`#chart-investment[data-government="${government}"]:not([aria-busy])`);
    for (const collection of ['pledges', 'investments']) {
      const rows = await getAll(`/api/v1/${collection}?government=${encodeURIComponent(government)}&size=1000`);
      const csvHref = await page.locator(`#${collection}-csv`).getAttribute('href');
      assert.match(csvHref, new RegExp(`[?&]government=${government}(&|$)`), `${collection} CSV of ${government}`);
      const csv = await download(csvHref, 'text/csv');
      assert.deepEqual(csv.lines.slice(1).map((line) => line.split(',')[0]), rows.map((row) => row.id),
        `the ${collection} CSV holds the view's rows, in order`);
      const ndjson = await download(await page.locator(`#${collection}-ndjson`).getAttribute('href'),
        'application/x-ndjson');
      assert.deepEqual(ndjson.lines.map((line) => JSON.parse(line)), rows,
        `the ${collection} NDJSON holds the view's rows as the JSON pages do`);
    }
  }
});

/** A download link's answer, as the browser would save it: its type checked, its lines (CSV without its BOM). */
async function download(href, type) {
  const response = await fetch(new URL(href, BASE_URL));
  assert.equal(response.status, 200, `GET ${href}`);
  assert.ok(response.headers.get('Content-Type').startsWith(type), `${href}: ${response.headers.get('Content-Type')}`);
  assert.match(response.headers.get('Content-Disposition') ?? '', /^attachment; filename="/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (type === 'text/csv') {
    assert.deepEqual([...bytes.slice(0, 3)], [0xEF, 0xBB, 0xBF], `${href}: the CSV starts with a BOM`);
  }
  const text = new TextDecoder().decode(type === 'text/csv' ? bytes.slice(3) : bytes);
  assert.ok(text === '' || text.endsWith('\n'), `${href}: the last line ends`);
  return { lines: text.split(/\r?\n/).slice(0, -1) };
}

test('a reload revalidates every API answer with If-None-Match and gets 304s', async () => {
  const answers = [];
  const record = async (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      answers.push({
        url: response.url(),
        status: response.status(),
        ifNoneMatch: (await response.request().allHeaders())['if-none-match'],
      });
    }
  };
  page.on('response', record);
  await page.reload();
  await waitUntilDrawn();
  page.off('response', record);
  assert.ok(answers.length >= 10, `the page asked the API again (${answers.length} requests)`);
  for (const answer of answers) {
    assert.ok(answer.ifNoneMatch, `${answer.url} was asked with If-None-Match`);
    assert.equal(answer.status, 304, `${answer.url} was not modified`);
  }
  assert.match(await page.textContent('#status'), new RegExp(`${answers.length} unchanged \\(304\\)`));
});

test('at a phone\'s 360 px nothing overflows, and the charts are drawn again to fit', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction(() => Number(document.querySelector('#chart-investment svg')?.getAttribute('width')) <= 360);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling of the page');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'front-page-phone.png'), fullPage: true });
});

test('Swagger UI, outside the page\'s CSP, still renders every operation of the API', async () => {
  const { body: openapi } = await getJson('/q/openapi?format=json');
  const operations = Object.values(openapi.paths).flatMap((path) => Object.keys(path))
    .filter((method) => ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method));
  const swagger = await context.newPage();
  watch(swagger);
  const response = await swagger.goto(`${BASE_URL}/q/swagger-ui/`);
  assert.equal(response.headers()['content-security-policy'], undefined);
  await swagger.waitForSelector('.swagger-ui .info .title');
  assert.equal(await swagger.locator('.opblock').count(), operations.length);
  await swagger.close();
});

test('no console error, no failed request, no error status during the whole visit', () => {
  assert.deepEqual(problems, []);
});
