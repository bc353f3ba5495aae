// The lagebild command as users and other tools call it (built CLI, separate processes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CLI, EXAMPLES, example, tempDir } from '../testing/fixtures.js';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CONTRACT_FIELDS = ['id', 'source', 'title', 'published', 'agency', 'duplicateOf', 'text'];

test('ingest --json, then export follows the contract: fields, verbatim text, links to existing ids', () => {
  const db = join(tempDir(), 'c.sqlite');
  const r = run(['ingest', EXAMPLES, '--db', db, '--json']);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out.trim().split('\n').pop()!);
  assert.equal(summary.added, 25);
  assert.match(r.err, /warning .*ausland\.rss: item 3/);
  assert.ok(!/\r|\u2588|\u2591/.test(r.err), 'no progress bar when not on a terminal');

  const e = run(['export', '--format', 'json', '--db', db]);
  assert.equal(e.code, 0, e.err);
  const out = JSON.parse(e.out);
  assert.deepEqual(Object.keys(out), ['documents', 'actors', 'statements', 'events']);
  const ids = new Set(out.documents.map((d: { id: string }) => d.id));
  for (const d of out.documents) {
    for (const f of CONTRACT_FIELDS) assert.ok(f in d, `${d.source} lacks ${f}`);
    assert.ok(d.published === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.published));
    if (d.duplicateOf) assert.ok(ids.has(d.duplicateOf));
  }
  const txt = out.documents.find((d: { source: string }) => d.source === 'ohne-datum_boulevard.txt');
  assert.equal(txt.text, readFileSync(example('ohne-datum_boulevard.txt'), 'utf8'));
  assert.equal(txt.published, null);
  const jsonl = out.documents.find((d: { source: string }) => d.source === 'agentur-0002');
  assert.equal(jsonl.published, '2025-03-26');
  // events: contract fields, PLOVER types, actor ids that exist, mentions that slice their document's text
  const texts = new Map(out.documents.map((d: { id: string; text: string }) => [d.id, d.text]));
  const actorIds = new Set(out.actors.map((a: { id: string }) => a.id));
  assert.ok(out.events.length >= 10, `${out.events.length} events`);
  for (const ev of out.events) {
    for (const f of ['id', 'type', 'mode', 'context', 'actors', 'recipients', 'date', 'place', 'attributes', 'mentions']) assert.ok(f in ev, `event lacks ${f}`);
    assert.match(ev.type, /^(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|MOBILIZE|SANCTION|COERCE|ASSAULT)$/);
    assert.ok(Array.isArray(ev.context));
    for (const a of [...ev.actors, ...ev.recipients]) assert.ok(actorIds.has(a), `event actor ${a} is in actors`);
    assert.ok(ev.date === null || (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ev.date.value) && 'end' in ev.date));
    for (const m of ev.mentions) assert.equal((texts.get(m.document) as string).slice(m.span[0], m.span[1]), m.text);
  }
});

test('timeline and positions: the Istanbul meeting announced and then held is one event from two reports', () => {
  const db = join(tempDir(), 'views.sqlite');
  assert.equal(run(['ingest', EXAMPLES, '--db', db]).code, 0);
  const t = run(['timeline', '--actor', 'Lawrow', '--from', '2025-03-20', '--to', '2025-03-20', '--db', db]);
  assert.equal(t.code, 0, t.err);
  // announced on the 17th (an AGREE with the meeting as its act), held on the 20th (CONSULT), linked
  assert.match(t.out, /^2025-03-20 +AGREE \(.*planned\) {2}Marco Rubio → Sergej Lawrow {2}in Istanbul {2}\[act CONSULT; fulfilledBy e\w+\]/m);
  assert.match(t.out, /^2025-03-20 +CONSULT \(diplomatic.*\) {2}Marco Rubio → Sergej Lawrow {2}in Istanbul/m);
  assert.match(t.out, /2025-03-17 {2}dpa {2}\w+ \[\d+–\d+\] {2}US-Außenminister Marco Rubio/, 'the outlet (here the agency) and the document id a user can pass back');
  assert.match(t.out, /2025-03-21 {2}AFP {2}\w+ \[\d+–\d+\] {2}Rubio und Lawrow berieten am Donnerstag/i);
  const json = run(['timeline', '--type', 'consult', '--json', '--db', db]).out.trim().split('\n').map((l) => JSON.parse(l));
  const meeting = json.find((e: { place: string | null; date: { value: string } | null }) => e.place === 'Istanbul' && e.date?.value === '2025-03-20');
  assert.equal(meeting.status, 'occurred');
  assert.equal(meeting.attributes.durationMinutes, 180);
  assert.equal(meeting.quadClass, 'VERBAL COOPERATION');
  // PLOVER's compound sides with each member's state: Rubio's is the USA (Q30), Lawrow's Russia (Q159)
  assert.deepEqual([meeting.actorStates, meeting.recipientStates], [['Q30'], ['Q159']]);
  assert.match(meeting.attributes.announcedBy, /^e\w+$/);
  assert.equal(run(['timeline', '--from', 'März', '--db', db]).code, 2);
  assert.equal(run(['timeline', '--actor', 'Niemand Unbekannt', '--db', db]).code, 2);
  const p = run(['positions', '--db', db]);
  assert.equal(p.code, 0, p.err);
  assert.match(p.out, /^Ukraine +.*R/m);
  assert.match(p.out, /Ukraine — Gebiete und Grenzen\n {4}rejects/);
  assert.equal(run(['positions', '--issue', 'wetter', '--db', db]).code, 2);
});

test('statements: who said what in time order, filtered by speaker, act and date; the export shape as JSON', () => {
  const db = join(tempDir(), 'statements.sqlite');
  assert.equal(run(['ingest', EXAMPLES, '--db', db]).code, 0);
  const peskow = run(['statements', '--speaker', 'Peskow', '--db', db]);
  assert.equal(peskow.code, 0, peskow.err);
  assert.match(peskow.out, /^2025-03-19 {2}Dmitri Peskow \(say, indirect\) {2}dpa {2}\w+ \[\d+–\d+\]\n {4}Putin habe dem Militär/m);
  const all = run(['statements', '--json', '--db', db]).out.trim().split('\n').map((l) => JSON.parse(l));
  const days = all.map((s: { published: string | null }) => s.published ?? '9999');
  assert.deepEqual(days, [...days].sort(), 'in the order they were reported');
  assert.ok(all.every((s: { partOf: string | null; frame: unknown }) => s.partOf === null && 'frame' in s));
  assert.ok(all.some((s: { frame: { text: string } | null }) => s.frame?.text === 'Kremlsprecher Dmitri Peskow erklärte,'));
  const later = run(['statements', '--from', '2025-03-20', '--json', '--db', db]).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(later.length > 0 && later.every((s: { published: string }) => s.published >= '2025-03-20'));
  assert.equal(run(['statements', '--act', 'gossip', '--db', db]).code, 2);
  assert.equal(run(['statements', '--to', 'gestern', '--db', db]).code, 2);
});

test('LAGEBILD_DB stands in for --db; search prints matching sentences with document and date; stats', () => {
  const db = join(tempDir(), 'env.sqlite');
  assert.equal(run(['ingest', EXAMPLES], { LAGEBILD_DB: db }).code, 0);
  const s = run(['search', 'Kriegsgefangene'], { LAGEBILD_DB: db });
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /^2025-03-22 {2}Der Grenzbote — Gefangenenaustausch: Je 175 Soldaten kehren heim {2}\w+ \[\d+–\d+\]/m);
  assert.match(s.out, /Russland und die Ukraine haben jeweils 175 Kriegsgefangene ausgetauscht\./);
  // the near-duplicate's copy of a sentence is hidden unless asked for
  const hidden = run(['search', 'Artilleriegeschosse', '--json'], { LAGEBILD_DB: db });
  assert.equal(hidden.out.trim().split('\n').length, 1);
  const all = run(['search', 'Artilleriegeschosse', '--json', '--all'], { LAGEBILD_DB: db });
  const hits = all.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(hits.length, 2);
  const text = readFileSync(example('2025-03-20_afp_kallas-bruessel.txt'), 'utf8');
  const own = hits.find((h: { source: string }) => h.source === '2025-03-20_afp_kallas-bruessel.txt');
  assert.equal(text.slice(own.span[0], own.span[1]), own.sentence);
  const st = JSON.parse(run(['stats', '--json'], { LAGEBILD_DB: db }).out);
  assert.equal(st.documents, 25);
  assert.equal(st.duplicates, 1, 'the regional copy; an updated version is no duplicate');
  assert.equal(st.versions, 1);
  assert.equal(st.undated, 1);
  assert.deepEqual([st.unmerged, st.mergeSteps, st.replayDue], [0, 1, false], 'every document merged, in one step');
});

test('exit codes: 1 when an input failed (the rest stored), 2 for a missing store or bad usage', () => {
  const dir = tempDir();
  const db = join(dir, 'x.sqlite');
  writeFileSync(join(dir, 'leer.txt'), '');
  const r = run(['ingest', join(dir, 'leer.txt'), example('2025-03_nzz-stil_genf.txt'), '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^lagebild: skipped .*leer\.txt: empty file$/m);
  assert.match(r.err, /1 added/);
  const missing = run(['export', '--db', join(dir, 'nope.sqlite')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no store at .*nope\.sqlite/);
  assert.equal(run(['export', '--format', 'xml', '--db', db]).code, 2);
  assert.equal(run(['frobnicate']).code, 2);
  const badQuery = run(['search', '"Putin', '--db', db]);
  assert.equal(badQuery.code, 2);
  assert.match(badQuery.err, /^lagebild: cannot read the search/m);
  assert.equal(run(['search', 'Genf* EU-Departement', '--db', db]).code, 0, 'hyphenated words next to FTS syntax');
  const unwritable = run(['export', '-o', join(dir, 'fehlt', 'x.json'), '--db', db]);
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.err, /cannot write .*x\.json/);
  writeFileSync(join(dir, 'kein-store.sqlite'), 'Das ist keine Datenbank.');
  assert.match(run(['stats', '--db', join(dir, 'kein-store.sqlite')]).err, /is not a Lagebild store/);
});

test('a store cut off at its end is refused by a writer before it writes (exit 4), without a scan of every page', () => {
  const dir = tempDir();
  const db = join(dir, 'k.sqlite');
  assert.equal(run(['ingest', example('2025-03_nzz-stil_genf.txt'), '--db', db]).code, 0);
  const size = statSync(db).size;
  // (cut inside the last page: SQLite itself notices a whole missing page, the length check this)
  truncateSync(db, size - 100);
  const r = run(['ingest', example('2025-03_nzz-stil_genf.txt'), '--db', db]);
  assert.equal(r.code, 4, r.err);
  assert.match(r.err, /^lagebild: the store .* is corrupt \(the file is shorter than its header says/m);
  assert.equal(statSync(db).size, size - 100, 'nothing written');
});

test('killing an ingest leaves a consistent store; running it again completes the batch', async () => {
  const dir = tempDir();
  const db = join(dir, 'k.sqlite');
  const input = join(dir, 'viele.jsonl');
  const N = 6000;
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    lines.push(JSON.stringify({ id: `m${i}`, published: '2025-03-18', text: `BERLIN (dpa) - Meldung ${i}. Die Regierung prüft den Antrag ${i * 7919} auf Hilfe für die Region ${i % 97}. „Wir entscheiden bald“, sagte ein Sprecher am Dienstag. Weitere ${i % 13} Anträge liegen vor.` }));
  }
  writeFileSync(input, lines.join('\n') + '\n');
  const child = spawn(process.execPath, [CLI, 'ingest', input, '--db', db], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let stored = 0;
  for (let tries = 0; tries < 3000 && stored === 0; tries++) {
    await new Promise((r) => setTimeout(r, 10));
    try {
      const ro = new Database(db, { readonly: true, fileMustExist: true });
      stored = (ro.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      ro.close();
    } catch { /* not created yet */ }
  }
  child.kill('SIGKILL');
  await exited;
  const check = new Database(db);
  const atKill = (check.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  assert.ok(atKill > 0 && atKill < N, `killed mid-way (${atKill} of ${N} stored)`);
  assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
  const orphans = check.prepare(`SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM minhash m WHERE m.doc = d.rowid)
    OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc = d.rowid)`).get() as { n: number };
  assert.equal(orphans.n, 0, 'every stored document has everything derived from it');
  check.close();
  const again = run(['ingest', input, '--db', db, '--json']);
  assert.equal(again.code, 0, again.err);
  const s = JSON.parse(again.out);
  assert.equal(s.added + s.unchanged, N);
  assert.ok(s.unchanged >= atKill);
  const done = new Database(db, { readonly: true });
  assert.equal((done.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, N);
  done.close();
});

test('actors: the export lists each mentioned actor once; a user file added later is applied by reanalyze', () => {
  const dir = tempDir();
  const db = join(dir, 'a.sqlite');
  assert.equal(run(['ingest', EXAMPLES, '--db', db, '--json']).code, 0);
  const before = JSON.parse(run(['export', '--format', 'json', '--db', db]).out) as { actors: Array<{ id: string; name: string; kind: string; aliases: string[] }> };
  const names = before.actors.map((a) => a.name);
  assert.equal(new Set(names).size, names.length, 'no actor twice');
  assert.ok(before.actors.some((a) => a.id === 'Q7747' && a.name === 'Wladimir Putin' && a.kind === 'person'), 'QID as id where known');
  assert.ok(before.actors.every((a) => ['person', 'organization', 'state', 'group'].includes(a.kind) && Array.isArray(a.aliases)));

  // one document's mentions in text order, each with what it resolved to
  const doc = JSON.parse(run(['export', '--format', 'json', '--db', db]).out).documents.find((d: { source: string }) => d.source.includes('kallas-bruessel') && d.source.includes('afp'));
  const list = run(['actors', '--db', db, '--document', doc.id]);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /→ {2}Kaja Kallas/);
  assert.equal(run(['actors', '--db', db, '--document', 'nope']).code, 2);

  // an actor file: a broken one is refused with its name; a good one applies to what is stored
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, '- name: Ohne Id\n');
  const refused = run(['reanalyze', '--db', db, '--actors', bad]);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /bad\.yaml, entry 1/);
  const mine = join(dir, 'mine.yaml');
  writeFileSync(mine, '- {id: genf-gespraeche, name: Genfer Gesprächsformat, kind: group, aliases: [Genfer Format]}\n'
    + '- {id: dmitri-peskow, name: Dmitri S. Peskow, kind: person, gender: m, aliases: [Peskow]}\n');
  const again = run(['reanalyze', '--db', db, '--actors', mine, '--json']);
  assert.equal(again.code, 0, again.err);
  assert.equal(JSON.parse(again.out).documents, 25);
  const after = JSON.parse(run(['export', '--format', 'json', '--db', db]).out) as typeof before;
  assert.ok(after.actors.some((a) => a.name === 'Dmitri S. Peskow'), 'the user entry replaced the bundled one');
  assert.ok(!after.actors.some((a) => a.name === 'Dmitri Peskow'));
  // re-running the ingest changes nothing
  const third = JSON.parse(run(['ingest', EXAMPLES, '--db', db, '--json']).out.trim().split('\n').pop()!);
  assert.deepEqual([third.added, third.reanalysed], [0, 0]);
});

test('a store from before the actor tables is upgraded and its documents analysed by the next ingest', () => {
  const db = join(tempDir(), 'old.sqlite');
  assert.equal(run(['ingest', example('2025-03-20_afp_kallas-bruessel.txt'), '--db', db]).code, 0);
  const raw = new Database(db);
  raw.exec('DELETE FROM mentions; DELETE FROM actor_mentions; UPDATE documents SET analysis = 0;');
  raw.close();
  const r = JSON.parse(run(['ingest', example('2025-03-20_afp_kallas-bruessel.txt'), '--db', db, '--json']).out.trim().split('\n').pop()!);
  assert.deepEqual([r.added, r.reanalysed], [0, 1]);
  assert.match(run(['actors', '--db', db]).out, /Kaja Kallas/);
});
