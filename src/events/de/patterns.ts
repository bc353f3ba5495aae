// German event words from data/de/ (reviewed files an analyst can edit): event verbs and
// nouns with their PLOVER type, the speech acts that make a statement an event, the words
// that mark negation, plans and conditions, modes by topic, issues for the positions view.
// Plain readers, no cache: the German Language reads them once (readEventWords) and hands
// the object to the events stage; the data test, the views and the CLI read them directly.
import { cellList, cellValue, loadList, loadRows } from '../../data/load.js';
import { lemmaList } from '../../data/lemmas.js';
import { nounForms } from '../../lexicon/nouns.js';
import { PLOVER_TYPES, type EventNoun, type EventVerb, type EventWords, type Issue, type PloverType } from '../types.js';

export { EVENT_CONTEXTS, PLOVER_TYPES } from '../types.js';

const dash = (s: string | undefined) => cellValue(s) ?? null;
const list = cellList;

function plover(value: string | undefined, file: string, key: string): PloverType {
  if (!PLOVER_TYPES.includes(value as PloverType)) throw new Error(`data/${file}: "${key}" has no PLOVER type: ${value}`);
  return value as PloverType;
}

/** Event verbs by lemma (a lemma may have several readings: "treffen sich" / "zusagen Hilfen"). */
export function eventVerbs(): Map<string, EventVerb[]> {
  const verbs = new Map<string, EventVerb[]>();
  for (const [lemma, type, mode, recipient, needs, context] of loadRows('de/event-verbs.tsv')) {
    const v: EventVerb = { lemma: lemma!, type: plover(type, 'de/event-verbs.tsv', lemma!), mode: dash(mode), recipient: list(recipient), needs: list(needs), context: list(context) };
    verbs.set(v.lemma, [...(verbs.get(v.lemma) ?? []), v]);
  }
  return verbs;
}

export function eventNouns(): EventNoun[] {
  return loadRows('de/event-nouns.tsv').map(([lemma, type, mode]) => ({ lemma: lemma!, type: plover(type, 'de/event-nouns.tsv', lemma!), mode: dash(mode) }));
}

export function speechActEvents(): Map<string, { type: PloverType; mode: string | null }> {
  return new Map(loadRows('de/speech-act-events.tsv').map(([act, type, mode]) => [act!, { type: plover(type, 'de/speech-act-events.tsv', act!), mode: dash(mode) }]));
}

export function contextWords(): Map<string, string> {
  return new Map(loadRows('de/event-context.tsv').map(([w, c]) => [w!, c!]));
}

/** Word prefix → mode, for the types listed with it. */
export function modeWords(): Array<[string, string, string[]]> {
  return loadRows('de/event-modes.tsv').map(([w, m, types]) => [w!, m!, list(types)]);
}

export function rejectionPhrases(): string[] {
  return loadList('de/rejections.txt');
}

export function issueList(): Issue[] {
  return loadRows('de/issues.tsv').map(([key, label, words]) => ({ key: key!, label: label!, words: list(words) }));
}

/** All the event words of data/de/ (the argument is no longer read: src/language/de/index.ts still passes its word lists). */
export function readEventWords(): EventWords {
  return {
    verbs: eventVerbs(), nouns: eventNouns(), speechActs: speechActEvents(), contexts: contextWords(), modes: modeWords(),
    rejections: rejectionPhrases(), hopes: new Set(loadList('de/hope-verbs.txt')), stateBodies: new Set(lemmaList('de/state-bodies.tsv', nounForms)), possible: new Set(loadList('de/possible-words.txt')),
    series: new Set(loadList('de/series-words.txt')),
    issues: issueList(), complementizers: new Set(loadList('de/complementizers.txt')), lightVerbs: new Set(loadList('de/light-verbs.txt')), places: loadList('de/places.txt'),
  };
}

/**
 * The issues a text is about, by word prefixes; a pattern with "+" needs all its pieces
 * ("Beitritt+Nato": a word starting "Beitritt" and one starting "Nato", in any order).
 */
export function issuesIn(issues: readonly Issue[], text: string): Issue[] {
  const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const has = (p: string) => p.includes(' ') ? text.includes(p) : words.some((w) => w.startsWith(p));
  return issues.filter((i) => i.words.some((p) => p.split('+').every(has)));
}

/**
 * Forms of event verbs the lexicon lacks ("vereinbaren"), built as a weak verb with an
 * inseparable prefix conjugates: vereinbart, vereinbarte(n), vereinbare.
 */
export function extraVerbForms(has: (lemma: string) => boolean, verbs: ReadonlyMap<string, unknown> = eventVerbs()): Map<string, { lemma: string }> {
  const weakForms = new Map<string, { lemma: string }>();
  for (const lemma of verbs.keys()) {
    if (has(lemma) || !/en$/.test(lemma)) continue;
    const stem = lemma.slice(0, -2);
    // (whether a form is finite or the participle of a bracket is the syntax layer's to say)
    for (const suffix of ['t', 'te', 'ten', 'e', 'en']) weakForms.set(stem + suffix, { lemma });
  }
  return weakForms;
}
