// The web UI in a real browser (Debian's chromium driven by playwright-core): every page on a
// store of the examples plus a hostile article, the click path timeline → event → article
// highlight → actor, a filter, a search, and no script from article text ever running.
// Screenshots of each page land in test-output/screenshots/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../testing/fixtures.js';
import { LATER_ARTICLE, webStore } from '../testing/web-store.js';
import { closeDatabase, openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { startServer, type Served } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;

let served: Served;
let store: string;
let browser: BrowserContext;
let page: Page;
let profile: string;
/** What would show that article text ran as script: dialogs, page errors, the flag it sets. */
const dialogs: string[] = [];
const pageErrors: string[] = [];

before(async () => {
  if (skip) return;
  const { chromium } = await import('playwright-core');
  store = await webStore();
  served = await startServer({ db: store, port: 0, host: '127.0.0.1', log: () => {} });
  profile = mkdtempSync(join(tmpdir(), 'lagebild-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await served?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dirname(store), { recursive: true, force: true });
});

const url = (path: string) => new URL(path, served.url).toString();
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function noScriptRan(where: string): Promise<void> {
  assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned ?? null), null, `article text ran as script on ${where}`);
  assert.deepEqual(dialogs, [], `a dialog opened on ${where}`);
}

test('timeline → event → article highlight → actor, in the browser', { skip }, async () => {
  await page.goto(url('/'));
  assert.equal(await page.locator('h1').textContent(), 'Lage');
  assert.ok(await page.locator('li.event').count() > 5, 'the timeline lists events');
  await shot('01-lage');
  // the call of 21 May is told by several outlets: open it from the timeline
  await page.locator('li.event a.type', { hasText: 'CONSULT' }).first().click();
  await page.waitForURL(/\/events\//);
  assert.ok(await page.locator('ol.reports li').count() >= 1, 'the event lists its reports');
  await shot('02-event');
  await page.locator('ol.reports li blockquote a').first().click();
  await page.waitForURL(/\/documents\//);
  assert.ok(await page.locator('article.text a.hl.event').count() > 0, 'event evidence is highlighted');
  assert.ok(await page.locator('article.text a.hl.statement').count() > 0, 'statements are highlighted');
  await shot('03-article');
  const mention = page.locator('article.text a.hl.mention[href^="/actors/"]').first();
  const name = await mention.textContent();
  await mention.click();
  await page.waitForURL(/\/actors\//);
  assert.ok((await page.locator('h1').textContent())?.length, `the actor page of "${name}" has a heading`);
  await shot('04-actor');
  await noScriptRan('the click path');
});

test('the timeline filter keeps only events of the chosen type', { skip }, async () => {
  await page.goto(url('/'));
  await page.selectOption('select[name="type"]', 'REQUEST');
  await Promise.all([page.waitForURL(/type=REQUEST/), page.locator('form.filters button[type="submit"]').click()]);
  const types = await page.locator('li.event a.type').allTextContents();
  assert.ok(types.length > 0, 'some demands are in the examples');
  assert.ok(types.every((t) => t.startsWith('REQUEST')), `only REQUEST events: ${types.join(', ')}`);
  await shot('05-lage-filtered');
});

test('search finds other forms of a word: „telefonieren" finds „telefoniert" and „Telefonat"', { skip }, async () => {
  await page.goto(url('/search'));
  await page.fill('main input[name="q"]', 'telefonieren');
  await Promise.all([page.waitForURL(/q=telefonieren/), page.locator('main form button').click()]);
  const hits = await page.locator('ol.records blockquote').allTextContents();
  assert.ok(hits.some((h) => /\btelefoniert\b/.test(h)), 'a sentence with "telefoniert" is found');
  assert.ok(hits.some((h) => /\bTelefonat\b/.test(h)), 'a sentence with "Telefonat" is found');
  await shot('06-search');
});

test('statements, actors, positions and network pages render', { skip }, async () => {
  await page.goto(url('/statements'));
  assert.ok(await page.locator('li.statement').count() > 0);
  await page.selectOption('select[name="act"]', 'demand');
  await Promise.all([page.waitForURL(/act=demand/), page.locator('form.filters button').click()]);
  const acts = await page.locator('li.statement .act').allTextContents();
  assert.ok(acts.length > 0 && acts.every((a) => a === 'demand'), `only demands: ${acts.join(', ')}`);
  await shot('07-statements');
  await page.goto(url('/actors'));
  assert.ok(await page.locator('table.list tr').count() > 5);
  await shot('08-actors');
  await page.goto(url('/positions'));
  assert.ok(await page.locator('table.positions td a').count() > 0, 'the matrix has cells with evidence');
  await shot('09-positions');
  await page.goto(url('/network'));
  await page.waitForSelector('#graph[data-ready]', { timeout: 15_000 });
  assert.ok(Number(await page.locator('#graph').getAttribute('data-ready')) > 1, 'the graph has nodes');
  await shot('10-network');
  assert.deepEqual(pageErrors, [], 'no script error on the pages');
});

test('a hostile article runs nothing: text, title, outlet and address show as text', { skip }, async () => {
  const found = await (await fetch(url('/api/search?q=Gesprächen%20bereit%20Kremlchef'))).json() as { items: Array<{ document: { id: string } }> };
  const hostile = (await (await fetch(url('/api/search?q=diesem%20Link'))).json() as { items: Array<{ document: { id: string } }> }).items[0]?.document.id;
  assert.ok(hostile, 'the hostile article is in the store');
  await page.goto(url(`/documents/${hostile}`));
  const text = await page.locator('article.text').textContent();
  assert.ok(text?.includes('<script>window.__pwned'), 'the script tag shows as text');
  assert.equal(await page.locator('article.text script, article.text img, article.text svg').count(), 0, 'no element was made from article text');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  await shot('11-hostile-article');
  const jsonl = (await (await fetch(url('/api/search?q=Selenskyj%20Macron%20Samstag'))).json() as { items: Array<{ document: { id: string } }> }).items;
  for (const path of ['/', '/statements', '/search?q=bereit', ...jsonl.map((h) => `/documents/${h.document.id}`), ...found.items.map((h) => `/documents/${h.document.id}`)]) {
    await page.goto(url(path));
    await noScriptRan(path);
  }
  await page.goto(url('/'));
  await shot('12-lage-with-hostile');
  await noScriptRan('the timeline');
});

test('the timeline shows an article ingested while it is open, without a reload', { skip }, async () => {
  await page.goto(url('/'));
  const before = await page.locator('p.counts').textContent();
  await page.waitForSelector('#live-note:text-is("live")', { timeout: 10_000 });
  const file = join(dirname(store), 'wien.txt');
  writeFileSync(file, LATER_ARTICLE);
  const writer = openDatabase(store);
  try {
    await ingest(writer, [file]);
  } finally {
    closeDatabase(writer);
  }
  await page.waitForSelector('li.event.new', { timeout: 15_000 });
  assert.notEqual(await page.locator('p.counts').textContent(), before, 'the counts follow the store');
  assert.match(await page.locator('li.event.new').first().textContent() ?? '', /Wien/);
  await shot('13-lage-live');
  assert.deepEqual(pageErrors, [], 'no script error');
});
