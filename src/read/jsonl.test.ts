import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.js';
import { createHash } from 'node:crypto';
import { readJsonl, type JsonlItem } from './jsonl.js';

async function all(path: string): Promise<JsonlItem[]> {
  const out: JsonlItem[] = [];
  for await (const item of readJsonl(path)) out.push(item);
  return out;
}

test('good lines become documents; bad lines are reported with their number and the rest goes on', async () => {
  const path = join(tempDir(), 'mix.jsonl');
  writeFileSync(path, [
    JSON.stringify({ id: 'a1', text: 'BERLIN (dpa) - Die Regierung sagte Hilfe zu.', title: 'Hilfe', published: '2025-03-02', source: 'Agentur' }),
    '{"id": "a2", "text": "kaputt',
    '',
    JSON.stringify({ id: 'a3' }),
    JSON.stringify({ text: 'ohne id' }),
    JSON.stringify({ id: 7, text: 'Zahl als id, Datum unlesbar.', published: 'letzte Woche' }),
    '[1, 2]',
  ].join('\r\n'));
  const items = await all(path);
  const docs = items.filter((i) => i.ok).map((i) => (i as Extract<JsonlItem, { ok: true }>).doc);
  assert.deepEqual(docs.map((d) => [d.source, d.published, d.outlet ?? null]), [['a1', '2025-03-02', 'Agentur'], ['7', null, null]]);
  assert.match(docs[1]!.warnings!.join(), /unreadable "published"/);
  const reasons = items.filter((i) => !i.ok).map((i) => (i as { reason: string }).reason);
  assert.equal(reasons.length, 4);
  assert.match(reasons[0]!, /^line 2: invalid JSON/);
  assert.match(reasons[1]!, /^line 4: "a3": missing "text"/);
  assert.match(reasons[2]!, /^line 5: missing "id"/);
  assert.match(reasons[3]!, /^line 7: not a JSON object/);
});

test('the last line without a newline is read too', async () => {
  const path = join(tempDir(), 'tail.jsonl');
  writeFileSync(path, JSON.stringify({ id: 'x', text: 'Eins.' }) + '\n' + JSON.stringify({ id: 'y', text: 'Zwei.' }));
  assert.deepEqual((await all(path)).map((i) => i.ok === true && i.doc.source), ['x', 'y']);
});

test('an unpaired surrogate from a broken escape is replaced one for one, so offsets stay right', async () => {
  const { readInput, DEFAULT_READ_OPTIONS } = await import('./index.js');
  const { loadLanguage } = await import('../language/load.js');
  const path = join(tempDir(), 'lone.jsonl');
  writeFileSync(path, '{"id": "s1", "text": "Kaputt \\ud800 und danach: Moskau schweigt."}\n');
  const docs = [];
  for await (const ev of readInput({ kind: 'file', path, display: 'lone.jsonl', size: 60 }, { ...DEFAULT_READ_OPTIONS, language: loadLanguage('de') })) if (ev.type === 'document') docs.push(ev.doc);
  assert.equal(docs[0]!.text, 'Kaputt \uFFFD und danach: Moskau schweigt.');
  assert.equal(docs[0]!.text.indexOf('Moskau'), 'Kaputt \ud800 und danach: '.length);
  assert.match(docs[0]!.warnings!.join(), /1 unpaired surrogate/);
});

test('a NUL character (which PostgreSQL text cannot hold) is replaced one for one, in the text and the title', async () => {
  const { readInput, DEFAULT_READ_OPTIONS } = await import('./index.js');
  const { loadLanguage } = await import('../language/load.js');
  const path = join(tempDir(), 'nul.jsonl');
  writeFileSync(path, '{"id": "n1", "title": "Titel\\u0000", "text": "Vorher\\u0000\\u0000 und danach: Kiew antwortet."}\n');
  const docs = [];
  for await (const ev of readInput({ kind: 'file', path, display: 'nul.jsonl', size: 80 }, { ...DEFAULT_READ_OPTIONS, language: loadLanguage('de') })) if (ev.type === 'document') docs.push(ev.doc);
  assert.equal(docs[0]!.text, 'Vorher\uFFFD\uFFFD und danach: Kiew antwortet.');
  assert.equal(docs[0]!.title, 'Titel\uFFFD');
  assert.match(docs[0]!.warnings!.join(), /2 NUL characters replaced by U\+FFFD/);
  assert.doesNotMatch(docs[0]!.warnings!.join(), /surrogate/);
});

test('with known lines, a line known by the hash of its bytes is passed over unparsed; others are parsed and carry their hash', async () => {
  const path = join(tempDir(), 'known.jsonl');
  const good = JSON.stringify({ id: 'x', text: 'Die Gespräche gehen weiter.' });
  // (the second line is no JSON: known, it is never parsed, so no error)
  writeFileSync(path, `${good}\n{kaputt\n`);
  const hashes: Buffer[] = [];
  const items: JsonlItem[] = [];
  for await (const item of readJsonl(path, undefined, 'utf-8', (h) => { hashes.push(h); return hashes.length === 2; })) items.push(item);
  assert.deepEqual(items.map((i) => i.ok), [true, 'known']);
  assert.equal((items[0] as { line?: Buffer }).line?.toString('hex'), createHash('sha256').update(good).digest('hex'));
  assert.equal(hashes.length, 2);
});
