// The positions view on our own short reports (invented for these tests) and on examples/.
import { SqliteReader } from '../store/reader.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { mergeEvents, type DocumentEvents } from '../merge/events.js';
import { issueList } from '../events/de/patterns.js';
import { openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { listEvents, type StoredEvent } from '../store/events.js';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { positions, stanceOf, type PositionCell } from './positions.js';
import { join } from 'node:path';

const kb = loadKnowledgeBase();
const affiliated = { countryOf: (id: string) => kb.actors.get(id)?.country ?? null, isPerson: (id: string) => kb.actors.get(id)?.kind === 'person' };

function view(...bodies: string[]): PositionCell[] {
  const reports: DocumentEvents[] = bodies.map((body, k) => {
    const d = prepareDocument({ source: `r${k}`, origin: `r${k}`, format: 'txt', text: ` date 2025-06-0${k + 1} Meldung\n\n${body}` }, kb);
    return { document: `r${k}`, published: `2025-06-0${k + 1}`, events: d.events };
  });
  const stored = mergeEvents(reports, affiliated).map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: '' })) })) as StoredEvent[];
  return positions(stored, issueList());
}

/** actor/issue/stance(counterparts) for each piece of evidence. */
const rows = (cells: PositionCell[]) => cells.flatMap((c) => c.evidence.map((e) => `${c.actor}/${c.issue}/${e.stance}(${e.counterpart.join(',')})`)).sort();

test('what counts as a position, by type and status', () => {
  assert.equal(stanceOf({ type: 'REQUEST', status: 'planned' }), null);
  assert.equal(stanceOf({ type: 'REJECT', status: 'hypothetical' }), null);
  assert.equal(stanceOf({ type: 'THREATEN', status: 'hypothetical' }), 'threatens');
  assert.equal(stanceOf({ type: 'THREATEN', status: 'negated' }), null);
  assert.equal(stanceOf({ type: 'AGREE', status: 'planned' }), 'offers');
  assert.equal(stanceOf({ type: 'AGREE', status: 'negated' }), 'no agreement');
  assert.equal(stanceOf({ type: 'AGREE', status: 'hypothetical' }), null);
});

test('an agreement binds both sides, each with the other as counterpart', () => {
  assert.deepEqual(rows(view('Trump und Putin einigten sich am Dienstag auf eine Waffenruhe im Schwarzen Meer.')),
    ['donald-trump/ceasefire/agrees(wladimir-putin)', 'wladimir-putin/ceasefire/agrees(donald-trump)']);
});

test('a pledge is its announcer\'s offer: the recipient takes no position and is nobody\'s own counterpart', () => {
  assert.deepEqual(rows(view('Die Europäische Union will der Ukraine im nächsten Jahr weitere Hilfen von drei Milliarden Euro zur Verfügung stellen.')),
    ['eu/aid/offers(ukraine)']);
});

test('a planned meeting is an offer of talks, not a stance on what is to be discussed', () => {
  assert.deepEqual(rows(view('Marco Rubio will sich am Freitag in Genf mit Sergej Lawrow über eine Waffenruhe treffen.')),
    ['marco-rubio/talks/offers(sergej-lawrow)']);
});

test('a threat about a possible deployment is a threat taken, under the issue threatened about', () => {
  assert.deepEqual(rows(view('Dmitri Medwedew drohte angesichts einer möglichen Entsendung von Friedenstruppen mit Krieg.')),
    ['dmitri-medwedew/peacekeepers/threatens()']);
});

test('a rejection without words of its own rejects the issue of the demand before it, whose author is the counterpart', () => {
  assert.deepEqual(rows(view('Kaja Kallas forderte die Mitgliedstaaten auf, der Ukraine mehr Munition zu liefern. Viktor Orban lehnte den Vorschlag ab.')),
    ['kaja-kallas/arms/demands()', 'viktor-orban/arms/rejects(kaja-kallas)']);
  assert.deepEqual(rows(view('Sergej Lawrow verlangte von der Nato einen Verzicht auf die Aufnahme Georgiens. Wolodymyr Selenskyj wies die Forderung am Abend zurück.')),
    ['sergej-lawrow/nato/demands(nato)', 'wolodymyr-selenskyj/nato/rejects(sergej-lawrow)']);
});

test('examples: every actor that demands, rejects, agrees or threatens on an issue is in the view, and none is its own counterpart', async () => {
  const db = openDatabase(join(tempDir(), 'positions.sqlite'));
  await ingest(db, [EXAMPLES]);
  const events = await listEvents(new SqliteReader(db));
  const cells = positions(events, issueList());
  const shown = new Set(cells.map((c) => `${c.actor}\t${c.issue}`));
  for (const e of events) {
    const stance = stanceOf(e);
    if (!stance || !['REQUEST', 'REJECT', 'AGREE', 'THREATEN'].includes(e.type) || e.attributes.act?.type === 'CONSULT') continue;
    // an agreement reached or failed is both sides'; anything else its actors'
    const takers = stance === 'agrees' || stance === 'no agreement' ? [...e.actors, ...e.recipients] : e.actors;
    for (const issue of e.attributes.issues ?? []) for (const a of takers) assert.ok(shown.has(`${a}\t${issue}`), `${a} ${e.type} ${issue} missing`);
  }
  for (const c of cells) for (const x of c.evidence) assert.ok(!x.counterpart.includes(c.actor), `${c.actor} is its own counterpart on ${c.issue}`);
  const has = (actor: string, issue: string, stance: string) => cells.some((c) => c.actor === actor && c.issue === issue && c.evidence.some((x) => x.stance === stance));
  assert.ok(has('dmitri-medwedew', 'arms', 'threatens'), 'the Taurus threat is about arms');
  assert.ok(has('dmitri-medwedew', 'peacekeepers', 'threatens'), 'the threat "falls … Friedenstruppen entsenden" is about peacekeepers');
  assert.ok(has('wolodymyr-selenskyj', 'nato', 'rejects'), '"wies die Forderung zurück" rejects the NATO demand');
  assert.ok(has('deutschland', 'arms', 'rejects'), '"Berlin hatte die Bitte abgelehnt" rejects the air-defence request');
  db.close();
});
