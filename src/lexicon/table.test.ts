import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.js';
import { SortedTable, tableText } from './table.js';

test('a table finds every key and no other, with umlauts, ß and keys that are prefixes of others', () => {
  const entries = new Map([['haus', 'N'], ['hausboot', 'N2'], ['häuser', 'Pl'], ['straße', 'Str'], ['zug', 'Z'], ['äpfel', 'Ä'], ['a', 'x'], ['über', 'Ü'],
    // (UTF-16 code units and UTF-8 bytes order these differently: the table must bisect in the order it was sorted in)
    ['a\uFB01', 'fi'], ['a\u{1F600}', 'smile'], ['k\uE000', 'pua'], ['k\u{10000}', 'linear-b']]);
  const table = SortedTable.fromText(tableText(entries));
  assert.equal(table.size, entries.size);
  for (const [k, v] of entries) assert.equal(table.get(k), v, k);
  for (const missing of ['', 'hau', 'hausb', 'häuserx', 'strasse', 'zz', 'ä', 'a\uD83D']) assert.equal(table.get(missing), undefined, missing);
});

test('a table\'s bytes are shared memory: a worker thread given them reads and writes the same bytes, no copy', async () => {
  const table = SortedTable.fromText(tableText(new Map([['sagte', 'sagen'], ['warnte', 'warnen']])));
  const code = `const { workerData, parentPort } = require('node:worker_threads');
    const bytes = Buffer.from(workerData.bytes); bytes[0] = 0x53; parentPort.postMessage(bytes.toString('utf8', 0, 5));`;
  const seen = await new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: table.data });
    w.on('message', resolve); w.on('error', reject);
  });
  // (the worker wrote into the same memory: the main thread sees its change)
  assert.equal(seen, 'Sagte');
  assert.equal(Buffer.from(table.data.bytes).toString('utf8', 0, 1), 'S');
});

test('a cached table file is read as bytes into the same table; a missing one is none', () => {
  const entries = new Map([['sagte', 'sagen'], ['äußerte', 'äußern'], ['warnte', 'warnen'], ['a\u{1F600}', 'smile']]);
  const path = join(tempDir(), 'verbs.tsv');
  writeFileSync(path, tableText(entries));
  const table = SortedTable.fromFile(path)!;
  assert.equal(table.size, entries.size);
  for (const [k, v] of entries) assert.equal(table.get(k), v, k);
  assert.equal(table.get('sagt'), undefined);
  assert.equal(SortedTable.fromFile(join(tempDir(), 'none.tsv')), undefined);
});
