// The real seed articles in ../shared (third-party text: read there, never copied here).
import { SqliteReader } from '../store/reader.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SEEDS, tempDir } from '../testing/fixtures.js';
import { openDatabase } from '../store/db.js';
import { writeJsonExport } from '../export/json.js';
import { ingest } from './ingest.js';

const present = existsSync(SEEDS);

test('seed articles: dates, titles, agency and verbatim text as the users\' format means them', { skip: !present && 'no ../shared/corpus/seeds beside this checkout' }, async () => {
  const db = openDatabase(join(tempDir(), 'seeds.sqlite'));
  const s = await ingest(db, [SEEDS]);
  assert.equal(s.added, 5);
  let json = '';
  await writeJsonExport(new SqliteReader(db), new Writable({ write(chunk, _e, cb) { json += chunk; cb(); } }));
  db.close();
  const out = JSON.parse(json) as { documents: Array<Record<string, unknown>>; actors: unknown[]; statements: unknown[]; events: unknown[] };
  const by = (prefix: string) => out.documents.find((d) => String(d.source).startsWith(prefix))!;
  assert.equal(out.documents.length, 5);
  assert.equal(by('000').published, '2025-03');
  assert.equal(by('002').published, '2025-08-25');
  assert.equal(by('004').published, null);
  assert.equal(by('000').title, 'EU-Chefdiplomatin Kallas: Man kann Russland nicht trauen');
  assert.equal(by('002').title, 'Kallas fordert "glaubwürdige und robuste" Sicherheitsgarantien');
  assert.equal(by('004').title, 'Trump geht auf Putin zu!');
  assert.equal(by('001').title, null);
  assert.equal(by('003').title, null);
  assert.equal(by('001').agency, 'dpa-AFX');
  assert.deepEqual(by('001').places, ['Washington', 'Brüssel', 'Moskau']);
  for (const name of readdirSync(SEEDS)) assert.equal(by(name.slice(0, 3)).text, readFileSync(join(SEEDS, name), 'utf8'), name);
  assert.ok(out.documents.every((d) => d.duplicateOf === null), 'three reports of one call are not duplicates of each other');
  // issue 5: one call, several reports — the March call in 000, 001 and 003; the February call in 001 and the undated 004
  const events = out.events as Array<{ type: string; mode: string | null; actors: string[]; recipients: string[]; date: { value: string } | null;
    attributes: Record<string, unknown>; mentions: Array<{ document: string; span: [number, number]; text: string }> }>;
  const docOf = new Map(out.documents.map((d) => [d.id, String(d.source).slice(0, 3)]));
  const calls = events.filter((e) => e.type === 'CONSULT' && e.mode === 'phone'
    && ['Q22686', 'Q7747'].every((q) => [...e.actors, ...e.recipients].includes(q)));
  const reports = (e: (typeof calls)[number]) => [...new Set(e.mentions.map((m) => docOf.get(m.document)))].sort().join(',');
  assert.deepEqual(calls.map((e) => `${e.date?.value}:${reports(e)}`).sort(), ['2025-02:001,004', '2025-03:000,001,003']);
  const february = calls.find((e) => e.date?.value === '2025-02')!;
  assert.equal(february.attributes.durationMinutes, 90, '"fast anderthalb Stunden" in 004');
  assert.ok(february.attributes.dateFrom, 'the undated report is placed by the other one, and says so');
  for (const e of events) for (const m of e.mentions) assert.equal(docsById0(m.document).slice(...m.span), m.text);
  function docsById0(id: string) { return String(out.documents.find((d) => d.id === id)!.text); }
  // issue 4: statements point at their exact characters
  const docsById = new Map(out.documents.map((d) => [d.id, String(d.text)]));
  const statements = out.statements as Array<{ document: string; quote: { text: string; span: [number, number] }; speaker: { text: string; span: [number, number] } | null }>;
  assert.ok(statements.length >= 25, `${statements.length} statements`);
  for (const st of statements) {
    assert.equal(docsById.get(st.document)!.slice(...st.quote.span), st.quote.text);
    if (st.speaker) assert.equal(docsById.get(st.document)!.slice(...st.speaker.span), st.speaker.text);
  }

  // issue 3: every person once, with the full name; the states; nothing made of common words
  const actors = out.actors as Array<{ id: string; name: string; kind: string }>;
  const persons = actors.filter((a) => a.kind === 'person').map((a) => a.name);
  for (const name of ['Kaja Kallas', 'Wladimir Putin', 'Donald Trump', 'Wolodymyr Selenskyj', 'Annalena Baerbock', 'Pete Hegseth',
    'Dmitri Medwedew', 'Dmitri Peskow', 'Steve Witkoff', 'Emmanuel Macron', 'Keir Starmer', 'Viktor Orban', 'Marco Rubio']) {
    assert.equal(persons.filter((p) => p === name).length, 1, `${name} once among persons: ${persons.join(', ')}`);
  }
  for (const surname of ['Kallas', 'Putin', 'Trump', 'Selenskyj', 'Hegseth']) {
    assert.equal(persons.filter((p) => p.split(' ').includes(surname)).length, 1, `one person called ${surname}`);
  }
  const states = actors.filter((a) => a.kind === 'state').map((a) => a.name);
  for (const name of ['Russland', 'Ukraine', 'USA', 'Deutschland', 'Ungarn', 'Frankreich']) assert.ok(states.includes(name), `${name} among states: ${states}`);
  assert.ok(persons.every((p) => /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)? (\p{Lu}\.\s)?\p{Lu}/u.test(p)), `persons are full names: ${persons}`);
  for (const junk of ['Die', 'Trump geht', 'Details', 'Kiews', 'Frieden']) assert.ok(!actors.some((a) => a.name === junk), junk);
});
