// Hostile and odd inputs (issue 19, items 1, 4 and 6): each must be read, degraded or
// refused within bounds on time and memory the child measures itself, with one line on
// stderr per problem and the good articles beside it stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.js';
import { generateCorpus } from '../bench/corpus.js';
import { goodArticles, hasStack, recordRun, runCli, storedDocuments, summaryOf } from './harness.js';

const CEILING = Number(process.env.LAGEBILD_FAULT_TIMEOUT ?? 60_000);

/** Ingests good articles plus the hostile inputs; asserts the bounds and that no good article was lost. */
async function ingestBeside(scenario: string, hostile: string[], { seconds = 20, peakMB = 1000, good = 3, extra = [] as string[] } = {}) {
  const dir = tempDir('lagebild-faults-');
  const goods = goodArticles(join(dir, 'good'), good);
  const db = join(dir, 's.sqlite');
  const r = await runCli(['ingest', ...goods, ...hostile, '--db', db, '--json', ...extra], { timeoutMs: CEILING });
  const stored = storedDocuments(db);
  recordRun(scenario, r, goods.length + hostile.length, Math.max(0, good - stored));
  assert.ok(!r.hung, `${scenario}: killed after ${CEILING / 1000} s`);
  assert.ok(!hasStack(r.err), `${scenario}: stack trace on stderr:\n${r.err.slice(0, 2000)}`);
  assert.ok(r.code === 0 || r.code === 1, `${scenario}: exit ${r.code}: ${r.err.slice(0, 500)}`);
  assert.ok(stored >= good, `${scenario}: ${stored} of ${good} good articles stored`);
  assert.ok(r.ms < seconds * 1000, `${scenario}: took ${(r.ms / 1000).toFixed(1)} s (bound ${seconds} s)`);
  assert.ok(r.peakMB < peakMB, `${scenario}: peak memory ${r.peakMB} MB (bound ${peakMB} MB)`);
  return { r, db, dir };
}

const nested = (depth: number, tag = 'div') => `${`<${tag}>`.repeat(depth)}Text tief unten.${`</${tag}>`.repeat(depth)}`;
const page = (body: string) => `<!doctype html><html><head><title>Tief</title></head><body>${body}<p>${'Die Außenminister trafen sich am Montag in Genf. '.repeat(8)}</p></body></html>`;

for (const depth of [1000, 2000, 10000]) {
  test(`HTML nested ${depth} deep is read or degraded to plain text within bounds`, async () => {
    const dir = tempDir();
    const file = join(dir, `tief-${depth}.html`);
    writeFileSync(file, page(nested(depth)));
    await ingestBeside(`HTML nested ${depth} deep`, [file], { seconds: 15 });
  });
}

test('a feed with one deeply nested item keeps its good items', async () => {
  const dir = tempDir();
  const item = (i: number, html: string) => `<item><title>Meldung ${i}</title><link>https://example.org/a/${i}</link><description><![CDATA[${html}]]></description></item>`;
  const good = (i: number) => item(i, `<p>Meldung ${i}: ${'Der Kremlsprecher Dmitri Peskow sagte am Dienstag, die Gespräche gingen weiter. '.repeat(3)} Nummer ${i}.</p>`);
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Testfeed</title>${good(1)}${item(2, nested(5000))}${good(3)}${good(4)}</channel></rss>`;
  const file = join(dir, 'tief.rss');
  writeFileSync(file, feed);
  const { db } = await ingestBeside('feed item nested 5,000 deep', [file], { seconds: 15 });
  assert.ok(storedDocuments(db) >= 3 + 3, 'the feed\'s three good items are stored');
});

test('an 8 MB text on one line is analysed within bounds', async () => {
  const dir = tempDir();
  const file = join(dir, 'eine-zeile.txt');
  const sentence = 'Der Außenminister sagte am Montag in Berlin, man werde die Gespräche fortsetzen, und die Delegation reiste ab. ';
  writeFileSync(file, sentence.repeat(Math.ceil(8e6 / sentence.length)));
  await ingestBeside('8 MB text on one line', [file], { seconds: 50, peakMB: 1200 });
});

test('a 19 MB text of varied news (under the 20 MB file limit) is stored whole, its start analysed', async () => {
  const dir = tempDir();
  const file = join(dir, 'archiv.txt');
  // distinct sentences, so that the text's word shingles do not collapse into a few (they once filled a worker's heap)
  const parts: string[] = [];
  let size = 0;
  for (const a of generateCorpus(40_000, 7)) { if (size > 19e6) break; parts.push(a.text); size += a.text.length; }
  writeFileSync(file, parts.join('\n\n'));
  const { db } = await ingestBeside('19 MB text of varied news', [file], { seconds: 50, peakMB: 1200 });
  assert.equal(storedDocuments(db), 4, 'the three good articles and the long text');
});

test('a 15 MB HTML page is read within bounds', async () => {
  const dir = tempDir();
  const file = join(dir, 'gross.html');
  const block = '<div class="teaser"><h2>Gipfel in Genf</h2><p>Die Außenminister trafen sich am Montag in Genf, um über eine Waffenruhe zu sprechen. <a href="/x">Mehr</a></p></div>\n';
  writeFileSync(file, page(block.repeat(Math.ceil(15e6 / block.length))));
  await ingestBeside('15 MB HTML page', [file], { seconds: 45, peakMB: 1500 });
});

test('devices and FIFOs given as inputs are refused by name, not read', async () => {
  const dir = tempDir();
  const fifo = join(dir, 'rohr.txt');
  execFileSync('mkfifo', [fifo]);
  const { r } = await ingestBeside('devices and a FIFO as inputs', ['/dev/zero', '/dev/urandom', fifo], { seconds: 15, peakMB: 600 });
  for (const name of ['/dev/zero', '/dev/urandom', fifo]) assert.match(r.err, new RegExp(`${name.replace(/[/.]/g, '\\$&')}: not a regular file`));
});

for (const [what, make] of [
  ['/dev/zero', () => '/dev/zero'],
  ['a FIFO', (dir: string) => { const p = join(dir, 'akteure.yaml'); execFileSync('mkfifo', [p]); return p; }],
  ['a 50 MB actor YAML', (dir: string) => {
    const p = join(dir, 'akteure.yaml');
    const entry = (i: number) => `- id: person-${i}\n  name: Person Nummer ${i}\n  kind: person\n  aliases: [Nummer${i}]\n`;
    const chunk = Array.from({ length: 1000 }, (_, i) => entry(i)).join('');
    writeFileSync(p, chunk.repeat(Math.ceil(50e6 / chunk.length)));
    return p;
  }],
] as const) {
  test(`--actors ${what} is refused quickly with one line`, async () => {
    const dir = tempDir();
    const r = await runCli(['ingest', ...goodArticles(join(dir, 'g'), 1), '--db', join(dir, 's.sqlite'), '--actors', make(dir)], { timeoutMs: CEILING, memoryMB: 3072 });
    recordRun(`--actors ${what}`, r, 2);
    assert.ok(!r.hung && !r.overMemory, `killed (${r.hung ? 'time' : 'memory'})`);
    assert.equal(r.code, 2, r.err.slice(0, 500));
    assert.ok(!hasStack(r.err), r.err.slice(0, 1000));
    assert.equal(r.err.trim().split('\n').length, 1, r.err.slice(0, 1000));
    assert.ok(r.ms < 10_000, `took ${r.ms} ms`);
    assert.ok(r.peakMB < 500, `peak ${r.peakMB} MB`);
  });
}

test('actor files are validated field by field', async () => {
  const dir = tempDir();
  const cases: Array<[string, RegExp]> = [
    ['- {id: a, name: A, roles: [{role: minister, from: 2025-13-45}]}', /entry 1.*from/],
    ['- {id: a, name: A, roles: "foreign-minister"}', /entry 1.*roles must be a list/],
    ['- {id: a, name: A, aliases: {x: y}}', /entry 1.*aliases/],
    ['- {id: a, name: A, roles: [{role: minister, from: 2025-02-30}]}', /entry 1.*from/],
  ];
  const good = goodArticles(join(dir, 'g'), 1);
  for (const [i, [yaml, message]] of cases.entries()) {
    const file = join(dir, `a${i}.yaml`);
    writeFileSync(file, yaml + '\n');
    const r = await runCli(['ingest', ...good, '--db', join(dir, 's.sqlite'), '--actors', file], { timeoutMs: CEILING });
    recordRun(`invalid actor data ${i + 1}`, r, 2);
    assert.equal(r.code, 2, `${yaml}: exit ${r.code} ${r.err}`);
    assert.match(r.err, message);
  }
});

test('escape sequences in article text and newlines in file names never reach the terminal raw', async () => {
  const dir = tempDir();
  const sub = join(dir, 'in');
  mkdirSync(sub);
  writeFileSync(join(sub, 'böse.txt'), ` date 2025-03-01 Gipfel\x1b[2J in Genf\n\nBERLIN (dpa) - Die Waffenruhe hält\x1b]0;gefälscht\x07 an, sagte Kremlsprecher Dmitri Peskow am Montag.\x1b[31m Rot.\n`);
  writeFileSync(join(sub, 'zeile\nlagebild: skipped gefälscht.txt'), '\x00\x01binär');
  const db = join(dir, 's.sqlite');
  const r = await runCli(['ingest', sub, '--db', db], { timeoutMs: CEILING });
  const s = await runCli(['search', 'Waffenruhe', '--db', db], { timeoutMs: CEILING });
  const t = await runCli(['statements', '--db', db], { timeoutMs: CEILING });
  recordRun('escape sequences and newlines in names', r, 2);
  for (const out of [r.err, s.out, s.err, t.out]) assert.ok(!/[\x1b\x07]/.test(out), `raw control character in ${JSON.stringify(out.slice(0, 300))}`);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.filter((l) => l.startsWith('lagebild: skipped')).length, 1, r.err);
});

test('messages: an HTML file with only a comment, UTF-16 JSONL, a Latin-1 file name', async () => {
  const dir = tempDir();
  const sub = join(dir, 'in');
  mkdirSync(sub);
  writeFileSync(join(sub, 'kommentar.html'), '<!-- nur ein Kommentar -->');
  const jsonl = ['{"id":"u1","text":"Die Außenministerin sagte am Montag, die Gespräche gingen weiter."}', '{"id":"u2","text":"Der Kremlsprecher erklärte am Dienstag, man sei zu Gesprächen bereit."}'].join('\n') + '\n';
  writeFileSync(join(sub, 'utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')]));
  writeFileSync(Buffer.concat([Buffer.from(sub + '/'), Buffer.from('Gr\xfc\xdfe.txt', 'latin1')]), ' date 2025-03-01 Grüße aus Genf\n\nGENF (dpa) - Die Außenminister trafen sich am Montag in Genf zu Gesprächen über eine Waffenruhe.\n');
  const db = join(dir, 's.sqlite');
  const r = await runCli(['ingest', sub, '--db', db, '--json'], { timeoutMs: CEILING });
  recordRun('comment-only HTML, UTF-16 JSONL, Latin-1 name', r, 3, Math.max(0, 3 - storedDocuments(db)));
  assert.ok(!/destructure|firstElementChild/.test(r.err), r.err);
  assert.match(r.err, /kommentar\.html: no article text/);
  assert.ok(!/broken link/.test(r.err), r.err);
  assert.equal(storedDocuments(db), 3, r.err);
  assert.equal(summaryOf(r)?.failed, 1, r.err);
});
