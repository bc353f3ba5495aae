import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, EXAMPLES, tempDir } from '../testing/fixtures.js';
import { openDatabase } from '../store/db.js';
import { ingest } from './ingest.js';

const GOOD = ' date 2025-03-18 Außenminister beraten in Brüssel\n\nBRÜSSEL (dpa) - Die Außenminister der EU haben am Montag über weitere Hilfen für die Ukraine beraten. „Wir bleiben an der Seite Kiews“, sagte die EU-Außenbeauftragte.\n';

test('a batch with bad inputs: each is reported by name and reason, everything else is stored', async () => {
  const dir = tempDir();
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  writeFileSync(join(batch, 'a-gut.txt'), GOOD);
  writeFileSync(join(batch, 'b-bild.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(batch, 'c-leer.txt'), '');
  const page = readFileSync(example('2025-03-22_grenzbote_austausch.html'), 'utf8');
  writeFileSync(join(batch, 'd-abgeschnitten.html'), page.slice(0, page.indexOf('Weitere Austausche')));
  writeFileSync(join(batch, 'e-kaputt.rss'), readFileSync(example('feeds/ausland.rss'), 'utf8').slice(0, 700));
  writeFileSync(join(batch, 'f-latin1.txt'), Buffer.from(' date 2025-03-19 Gespräche in Genf\n\nGENF (AFP) - Die Gespräche über eine Waffenruhe werden fortgesetzt, hieß es am Mittwoch.\n', 'latin1'));
  writeFileSync(join(batch, 'g-riesig.txt'), Buffer.alloc(50 * 1024 * 1024, 'Die Verhandlungen dauern an. '));
  writeFileSync(join(batch, 'h-bild.png'), 'not read: other file types inside folders are ignored');
  const db = openDatabase(join(dir, 'store.sqlite'));
  const problems: string[] = [];
  const s = await ingest(db, [batch, join(dir, 'gibt-es-nicht.txt')], { onProblem: (p) => problems.push(`${p.severity} ${p.input}: ${p.reason}`) });
  const line = (name: string) => problems.find((p) => p.includes(name)) ?? `(no message for ${name})`;
  assert.match(line('b-bild.txt'), /^error .*binary file \(PNG image\)/);
  assert.match(line('c-leer.txt'), /^error .*empty file/);
  assert.match(line('d-abgeschnitten.html'), /^warning .*cut off/);
  assert.match(line('e-kaputt.rss'), /^error .*not a readable RSS\/Atom feed/);
  assert.match(line('f-latin1.txt'), /^warning .*Windows-1252/);
  assert.match(line('g-riesig.txt'), /^error .*too large .*50\.0 MB/);
  assert.match(line('gibt-es-nicht.txt'), /^error .*no such file/);
  assert.ok(problems.every((p) => !p.includes('\n')), 'one line each');
  assert.equal(s.failed, 5);
  assert.equal(s.added, 3);
  assert.equal(s.ignoredFiles, 1);
  const latin = db.prepare<[], { text: string; published: string }>("SELECT text, published FROM documents WHERE source = 'f-latin1.txt'").get()!;
  assert.match(latin.text, /Gespräche über eine Waffenruhe .* hieß es/);
  assert.equal(latin.published, '2025-03-19');
  // running the same batch again adds nothing and still reports the bad files
  const again = await ingest(db, [batch]);
  assert.equal(again.added, 0);
  assert.equal(again.unchanged, 3);
  assert.equal(again.failed, 4);
  db.close();
});

test('ingest is idempotent and order does not change duplicates or versions', async () => {
  const dir = tempDir();
  const forward = openDatabase(join(dir, 'f.sqlite'));
  const first = await ingest(forward, [EXAMPLES]);
  assert.equal(first.added, 25);
  assert.equal(first.duplicates, 1);
  assert.equal(first.versions, 1);
  const second = await ingest(forward, [EXAMPLES]);
  assert.deepEqual([second.added, second.unchanged], [0, 25]);
  assert.equal((forward.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, 25);

  // the update arrives before the original here (and after it in name order above)
  const reversed = openDatabase(join(dir, 'r.sqlite'));
  await ingest(reversed, [example('2025-03-19_dpa_energie-moratorium.txt')]);
  await ingest(reversed, [example('2025-03-19_dpa_energie-moratorium-neu.txt')]);
  for (const db of [forward, reversed]) {
    const rows = db.prepare<[], { source: string; version_of: string | null; vsource: string | null }>(`SELECT d.source, d.version_of,
      (SELECT source FROM documents o WHERE o.id = d.version_of) AS vsource FROM documents d WHERE d.source LIKE '2025-03-19_dpa%' ORDER BY d.source`).all();
    assert.deepEqual(rows.map((r) => [r.source, r.vsource]), [
      ['2025-03-19_dpa_energie-moratorium-neu.txt', '2025-03-19_dpa_energie-moratorium.txt'],
      ['2025-03-19_dpa_energie-moratorium.txt', null],
    ]);
  }
  const dup = forward.prepare<[], { source: string; of: string }>(`SELECT d.source, o.source AS of FROM documents d
    JOIN documents o ON o.id = d.duplicate_of WHERE d.source LIKE '%kallas%'`).all();
  assert.deepEqual(dup, [{ source: '2025-03-20_regionalblatt_kallas-bruessel.txt', of: '2025-03-20_afp_kallas-bruessel.txt' }]);
  forward.close();
  reversed.close();
});

test('the same text under another name is an exact duplicate; a changed file at the same path is a new version', async () => {
  const dir = tempDir();
  const db = openDatabase(join(dir, 's.sqlite'));
  copyFileSync(example('2025-03-20_afp_kallas-bruessel.txt'), join(dir, 'kopie.txt'));
  await ingest(db, [example('2025-03-20_afp_kallas-bruessel.txt'), join(dir, 'kopie.txt')]);
  const copy = db.prepare<[], { duplicate_of: string | null; similarity: number }>("SELECT duplicate_of, similarity FROM documents WHERE source = 'kopie.txt'").get()!;
  assert.ok(copy.duplicate_of);
  assert.equal(copy.similarity, 1);

  const path = join(dir, 'meldung.txt');
  writeFileSync(path, GOOD);
  await ingest(db, [path]);
  writeFileSync(path, GOOD + '\nAm Abend hieß es aus Kiew, man sei dankbar für die Unterstützung der Partner.\n');
  const s = await ingest(db, [path]);
  assert.equal(s.added, 1);
  assert.equal(s.versions, 1);
  assert.equal((db.prepare("SELECT count(*) AS n FROM documents WHERE source = 'meldung.txt'").get() as { n: number }).n, 2, 'the earlier version is kept');
  db.close();
});

test('a folder with thousands of files goes in completely', async () => {
  const dir = tempDir();
  const many = join(dir, 'viele');
  for (let i = 0; i < 2500; i++) {
    const sub = join(many, String(i % 25).padStart(2, '0'));
    if (i < 25) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `m${i}.txt`), ` date 2025-03-${String((i % 28) + 1).padStart(2, '0')} Meldung Nummer ${i}\n\nBERLIN (dpa) - Meldung ${i}: Die Regierung prüft den Antrag Nummer ${i * 7919} auf Hilfe.\n`);
  }
  const db = openDatabase(join(dir, 's.sqlite'));
  let last = { inputsDone: 0, inputsTotal: 0 };
  const s = await ingest(db, [many], { onProgress: (p) => { last = { ...p }; } });
  assert.equal(s.added, 2500);
  assert.equal(s.failed, 0);
  assert.deepEqual(last, { ...last, inputsDone: 2500, inputsTotal: 2500 });
  db.close();
});


test('worker threads and this thread store the same documents, statements and events', async () => {
  const dir = tempDir();
  const rows = async (workers: number) => {
    const db = openDatabase(join(dir, `w${workers}.sqlite`));
    await ingest(db, [EXAMPLES], { workers });
    const q = (sql: string) => db.prepare(sql).all();
    const out = [q('SELECT id, duplicate_of, version_of FROM documents ORDER BY id'), q('SELECT d.id, s.data FROM statements s JOIN documents d ON d.rowid = s.doc ORDER BY d.id'),
      q('SELECT d.id, e.data FROM doc_events e JOIN documents d ON d.rowid = e.doc ORDER BY d.id'), q('SELECT id, type FROM events ORDER BY id')];
    db.close();
    return out;
  };
  assert.deepEqual(await rows(2), await rows(0));
});

test('a JSONL line stored before is known by its bytes; a changed line, or one analysed by an older version, is read again', async () => {
  const dir = tempDir();
  const file = join(dir, 'agentur.jsonl');
  const line = (id: string, text: string) => JSON.stringify({ id, title: 'Gespräche in Genf', published: '2025-03-19', text });
  const texts = [
    'GENF (AFP) - Die Gespräche über eine Waffenruhe werden fortgesetzt, hieß es am Mittwoch aus Delegationskreisen.',
    'KIEW (dpa) - Der ukrainische Außenminister hat die Partner um weitere Flugabwehr gebeten. „Wir brauchen sie jetzt“, sagte er.',
  ];
  writeFileSync(file, texts.map((t, i) => line(`a${i}`, t)).join('\n') + '\n');
  const db = openDatabase(join(dir, 'store.sqlite'));
  assert.equal((await ingest(db, [file])).added, 2);
  assert.equal(db.prepare('SELECT count(*) n FROM jsonl_lines').pluck().get(), 2);
  // unchanged: both lines passed over by their hash
  const again = await ingest(db, [file]);
  assert.deepEqual([again.added, again.unchanged, again.reanalysed], [0, 2, 0]);
  // one line edited: a new document; the other still known
  writeFileSync(file, [line('a0', texts[0]!), line('a1', texts[1]!.replace('weitere', 'mehr'))].join('\n') + '\n');
  const edited = await ingest(db, [file]);
  assert.deepEqual([edited.added, edited.unchanged], [1, 1]);
  // analysed by an older version: the line is read again and the document analysed again
  db.prepare('UPDATE documents SET analysis = 0').run();
  const stale = await ingest(db, [file]);
  assert.deepEqual([stale.added, stale.reanalysed], [0, 2]);
  assert.deepEqual([(await ingest(db, [file])).unchanged], [2]);
  db.close();
});
