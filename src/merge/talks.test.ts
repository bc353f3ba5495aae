// The example set examples/verhandlungen/ (eight invented reports of one invented round of
// talks, examples/verhandlungen/expected.json the happenings they tell): each happening two
// or three outlets report is one event, two calls between the same leaders stay apart, and
// none of the traps becomes an event. Happenings the finders do not yet read in every
// report are listed with what is missing; each such entry must still fall short, so a fix
// has to move it up.
import { SqliteReader } from '../store/reader.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { listEvents, type StoredEvent } from '../store/events.js';

interface Happening {
  key: string; type: string; actors: string[]; recipients: string[]; files: string[];
  date: { value: string; precision: string }; optional?: boolean; disputed?: Record<string, unknown[]>;
}
interface MustNot { key: string; type?: string; triggerText?: string; actors?: string[]; file?: string; evidence?: string; context?: string; maxEvents?: number; dateStartsWith?: string; types?: string[] }

const SET = join(EXAMPLES, 'verhandlungen');
const expected = JSON.parse(readFileSync(join(SET, 'expected.json'), 'utf8')) as { happenings: Happening[]; mustNot: MustNot[] };

/** Told by every report that tells it, as one event. */
const MERGED = ['call-1', 'call-2', 'energy-moratorium', 'prisoner-exchange', 'istanbul-meeting', 'istanbul-agreed', 'selenskyj-air-defence',
  'germany-rejects-air-defence', 'kallas-accuses-russia', 'medwedew-threat', 'usa-ceasefire-request', 'erdogan-invitation'];
/** One event, but not yet read in every report (the reports it lacks, and why). */
const PARTLY: Record<string, string> = {};
/** Not found at all yet. */
const MISSING: Record<string, string> = {};

let events: StoredEvent[] = [];
let sourceOf = new Map<string, string>();

test.before(async () => {
  const db = openDatabase(join(tempDir(), 'talks.sqlite'));
  await ingest(db, [SET]);
  events = await listEvents(new SqliteReader(db));
  sourceOf = new Map(db.prepare<[], { id: string; source: string }>('SELECT id, source FROM documents').all().map((r) => [r.id, r.source.split('/').pop()!]));
});

const filesOf = (e: StoredEvent) => new Set(e.mentions.map((m) => sourceOf.get(m.document)!));
const involves = (e: StoredEvent, ids: string[]) => [...e.actors, ...e.recipients].some((x) => ids.includes(x));
const DAY = 86_400_000;
/** A day-exact happening and a day-exact event at most a day apart (a report may date by its own day); else the same month. */
function sameTime(e: StoredEvent, h: Happening): boolean {
  const v = e.date?.value;
  if (!v) return true;
  if (v.length === 10 && h.date.value.length === 10) return Math.abs(Date.parse(v) - Date.parse(h.date.value)) <= DAY;
  return v.slice(0, 7) === h.date.value.slice(0, 7);
}
/** The events that tell the happening: its type, its actor (and its recipient, when the event names one), its time, a report of it. */
function telling(h: Happening): StoredEvent[] {
  const sides = [...h.actors, ...h.recipients];
  return events.filter((e) => e.type === h.type && involves(e, h.actors) && (!e.recipients.length || e.recipients.every((r) => sides.includes(r)))
    && sameTime(e, h) && h.files.some((f) => filesOf(e).has(f)));
}

for (const key of MERGED) {
  test(`examples: ${key} is one event told by each of its reports`, () => {
    const h = expected.happenings.find((x) => x.key === key)!;
    const found = telling(h);
    assert.equal(found.length, 1, `${key}: ${found.length} events`);
    assert.deepEqual([...filesOf(found[0]!)].filter((f) => h.files.includes(f)).sort(), [...h.files].sort());
  });
}

test('examples: where reports give different figures, the event keeps each with its reports (disputed)', () => {
  for (const h of expected.happenings.filter((x) => x.disputed && MERGED.includes(x.key))) {
    const [e] = telling(h);
    for (const [key, values] of Object.entries(h.disputed!)) {
      const kept = (e!.disputed as Record<string, Array<{ value: unknown; documents: string[] }>> | undefined)?.[key];
      assert.deepEqual(kept?.map((v) => v.value).sort(), [...values].sort(), `${h.key}: ${key}`);
      assert.ok(kept!.every((v) => v.documents.length > 0), `${h.key}: every value with its reports`);
    }
  }
});

test('examples: the partly read happenings are one event each, and still lack a report', () => {
  for (const [key, why] of Object.entries(PARTLY)) {
    const h = expected.happenings.find((x) => x.key === key)!;
    const found = telling(h);
    if (found.length !== 1) console.log(key, found.map((e) => [e.type, e.actors, e.recipients, e.date?.value]));
    assert.equal(found.length, 1, `${key}: ${found.length} events`);
    assert.ok(h.files.some((f) => !filesOf(found[0]!).has(f)), `${key} is read in every report now (${why}): move it to MERGED`);
  }
});

test('examples: the happenings not read yet are still missing', () => {
  for (const [key, why] of Object.entries(MISSING)) {
    assert.equal(telling(expected.happenings.find((x) => x.key === key)!).length, 0, `${key} is found now (${why}): move it up`);
  }
});

test('examples: every happening is listed above', () => {
  const listed = new Set([...MERGED, ...Object.keys(PARTLY), ...Object.keys(MISSING)]);
  assert.deepEqual(expected.happenings.filter((h) => !h.optional && !listed.has(h.key)).map((h) => h.key), []);
});

test('examples: two calls of Trump and Putin in May, a fortnight apart, stay two events', () => {
  const calls = events.filter((e) => e.type === 'CONSULT' && e.mode === 'phone' && involves(e, ['donald-trump', 'usa']) && involves(e, ['wladimir-putin', 'russland', 'kreml']));
  assert.deepEqual(calls.map((e) => e.date?.value).sort(), ['2025-05-06', '2025-05-21']);
  const first = calls.find((e) => e.date?.value === '2025-05-06')!;
  assert.equal(first.attributes.durationMinutes, 90);
  assert.equal(calls.find((e) => e.date?.value === '2025-05-21')!.attributes.durationMinutes, undefined);
});

test('examples: the Istanbul meeting announced by three reports and told as held by two: an AGREE linked to the CONSULT it planned', () => {
  const held = events.filter((e) => e.type === 'CONSULT' && e.place === 'Istanbul');
  assert.equal(held.length, 1);
  assert.deepEqual([...filesOf(held[0]!)].sort(), ['2025-05-22_oberland-kurier_zweites-telefonat.txt', '2025-05_nzz-stil_istanbul.txt']);
  assert.equal(held[0]!.date?.value, '2025-05-16');
  const plan = events.find((e) => e.id === held[0]!.attributes.announcedBy)!;
  assert.equal(plan.type, 'AGREE');
  assert.equal(plan.attributes.fulfilledBy, held[0]!.id);
  assert.equal(plan.attributes.act?.type, 'CONSULT');
  assert.deepEqual([...filesOf(plan)].sort(), ['2025-05-07_reuters_moratorium.txt', '2025-05-12_afp_kallas-kritik.txt', '2025-05-14_apa_medwedew-drohung.txt']);
});

test('examples: none of the traps becomes an event', () => {
  const inFile = (e: StoredEvent, m: MustNot) => !m.file || filesOf(e).has(m.file);
  // (the trigger when the trap is one word of a sentence that tells another event too)
  const evidenced = (e: StoredEvent, m: MustNot) => e.mentions.some((x) => m.triggerText
    ? x.text.slice(x.trigger[0] - x.span[0], x.trigger[1] - x.span[0]) === m.triggerText
    : !m.evidence || x.text.includes(m.evidence));
  for (const m of expected.mustNot) {
    if (m.types) { assert.ok(events.every((e) => !m.types!.includes(e.type)), m.key); continue; }
    if (m.maxEvents || !m.type) continue; // the calls and the evidence of the first call: pinned above
    const hits = events.filter((e) => e.type === m.type && (!m.actors || involves(e, m.actors)) && inFile(e, m) && evidenced(e, m)
      && (!m.context || e.context.includes(m.context)) && (!m.dateStartsWith || (e.date?.value ?? '').startsWith(m.dateStartsWith))
      && e.status === 'occurred');
    assert.deepEqual(hits.map((e) => `${e.type} ${e.actors.join('+')} ${e.date?.value}`), [], m.key);
  }
});
