import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { example } from '../testing/fixtures.js';
import { prepareDocument } from '../pipeline/prepare.js';
import { bandKeys, estimatedJaccard, overlap, shingles, signature } from './minhash.js';
import { relate } from './relate.js';

const read = (name: string) => readFileSync(example(name), 'utf8');

test('a reworded repeat of a paragraph inside one article is marked, and its repeated sentences too', () => {
  const text = read('2025-03-24_wiederholung.txt');
  const doc = prepareDocument({ source: 'w.txt', origin: 'w.txt', format: 'txt', text });
  const repeated = doc.paragraphs.map((p, i) => [i, p.repeatOf]).filter(([, r]) => r !== null);
  assert.equal(repeated.length, 1);
  const [p, of] = repeated[0] as [number, number];
  assert.match(text.slice(...doc.paragraphs[p]!.span), /^Der ukrainische Verteidigungsminister Rustem Umerow hat/);
  assert.match(text.slice(...doc.paragraphs[of]!.span), /^Der ukrainische Verteidigungsminister Rustem Umerow nannte/);
  const again = doc.sentences.filter((s) => s.repeatOf !== null).map((s) => text.slice(...s.span));
  assert.ok(again.some((s) => s.startsWith('„Wir wollen einen gerechten Frieden')), again.join(' | '));
  // nothing else in the article is a repeat
  assert.ok(doc.sentences.filter((s) => s.repeatOf !== null).every((s) => s.paragraph === p));
});

test('articles without repeats have none marked', () => {
  const doc = prepareDocument({ source: 'a.txt', origin: 'a.txt', format: 'txt', text: read('2025-03-20_afp_kallas-bruessel.txt') });
  assert.ok(doc.paragraphs.every((p) => p.repeatOf === null));
  assert.ok(doc.sentences.every((s) => s.repeatOf === null));
});

test('MinHash: the same AFP story from two outlets is a candidate pair and a duplicate; different stories are not', () => {
  const a = shingles(read('2025-03-20_afp_kallas-bruessel.txt'));
  const b = shingles(read('2025-03-20_regionalblatt_kallas-bruessel.txt'));
  const c = shingles(read('2025-03_nzz-stil_genf.txt'));
  const [sa, sb, sc] = [signature(a), signature(b), signature(c)];
  assert.ok(estimatedJaccard(sa, sb) > 0.6);
  assert.ok(estimatedJaccard(sa, sc) < 0.1);
  const ka = new Set(bandKeys(sa));
  assert.ok(bandKeys(sb).some((k) => ka.has(k)), 'near-duplicates share an LSH band');
  assert.ok(!bandKeys(sc).some((k) => ka.has(k)), 'unrelated stories share none');
  const plain = { sameOrigin: false, markedUpdate: false };
  assert.equal(relate(overlap(b, a), overlap(a, b), plain).kind, 'duplicate');
  assert.equal(relate(overlap(c, a), overlap(a, c), plain).kind, null);
  // the other way round: the full AFP text arriving after the regional paper's shortened copy replaces it
  assert.equal(relate(overlap(a, b), overlap(b, a), plain).kind, 'contains');
});

test('of two texts of one story the longer is the original, whichever arrives first', () => {
  const plain = { sameOrigin: false, markedUpdate: false };
  const range = (from: number, to: number) => new Set(Array.from({ length: to - from }, (_, k) => from + k));
  // each mostly in the other (a copy with a closing sentence cut), and two rewordings of one text
  for (const [long, short] of [[range(0, 100), range(0, 95)], [range(0, 100), new Set([...range(0, 70), ...range(200, 220)])]] as const) {
    assert.equal(relate(overlap(short, long), overlap(long, short), plain).kind, 'duplicate', 'the shorter after the longer');
    assert.equal(relate(overlap(long, short), overlap(short, long), plain).kind, 'contains', 'the longer after the shorter');
  }
});

test('an extended update marked "(neu: …)" is a version of the earlier text', () => {
  const old = shingles(read('2025-03-19_dpa_energie-moratorium.txt'));
  const neu = shingles(read('2025-03-19_dpa_energie-moratorium-neu.txt'));
  assert.equal(relate(overlap(neu, old), overlap(old, neu), { sameOrigin: false, markedUpdate: true }).kind, 'version');
  assert.equal(relate(overlap(neu, old), overlap(old, neu), { sameOrigin: true, markedUpdate: false }).kind, 'version');
  // without marker or same origin the extended text is a longer copy that contains the old one
  assert.equal(relate(overlap(neu, old), overlap(old, neu), { sameOrigin: false, markedUpdate: false }).kind, 'contains');
});

test('a short excerpt stored first is recognised as the copy when the full article arrives', () => {
  const full = read('2025-03-19_dpa_energie-moratorium-neu.txt');
  const excerpt = shingles(full.split('\n\n').slice(1, 3).join('\n\n'));
  const whole = shingles(full);
  const plain = { sameOrigin: false, markedUpdate: false };
  assert.equal(relate(overlap(excerpt, whole), overlap(whole, excerpt), plain).kind, 'duplicate', 'excerpt after the article');
  assert.equal(relate(overlap(whole, excerpt), overlap(excerpt, whole), plain).kind, 'contains', 'article after the excerpt');
});

test('a paragraph that repeats a quote but adds new facts is not a repeat; the quote sentence is', () => {
  const quote = '„Wir werden die Ukraine so lange unterstützen, wie es nötig ist, und wir lassen uns von Moskau nicht einschüchtern“, sagte Kallas am Montag in Brüssel.';
  const text = ` date 2025-03-01 Titel\n\n${quote} Die Minister berieten über Munition.\n\nAm Dienstag kündigte Deutschland zusätzliche drei Milliarden Euro für Luftabwehrsysteme an. ${quote}\n`;
  const doc = prepareDocument({ source: 'r.txt', origin: 'r.txt', format: 'txt', text });
  assert.equal(doc.paragraphs[1]!.repeatOf, null);
  assert.deepEqual(doc.sentences.map((s) => s.repeatOf), [null, null, null, 0]);
});
