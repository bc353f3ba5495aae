// German event patterns from data/de/ (reviewed files an analyst can edit): event verbs and
// nouns with their PLOVER type, the speech acts that make a statement an event, the words
// that mark negation, plans and conditions, modes by topic, issues for the positions view.
import { cellList, cellValue, loadList, loadRows } from '../../data/load.js';
import { PLOVER_TYPES, type EventNoun, type EventVerb, type Issue, type PloverType } from '../types.js';

export { EVENT_CONTEXTS, PLOVER_MODES, PLOVER_TYPES } from '../types.js';

const dash = (s: string | undefined) => cellValue(s) ?? null;
const list = cellList;

function plover(value: string | undefined, file: string, key: string): PloverType {
  if (!PLOVER_TYPES.includes(value as PloverType)) throw new Error(`data/${file}: "${key}" has no PLOVER type: ${value}`);
  return value as PloverType;
}

let verbs: Map<string, EventVerb[]> | undefined;
/** Event verbs by lemma (a lemma may have several readings: "treffen sich" / "zusagen Hilfen"). */
export function eventVerbs(): Map<string, EventVerb[]> {
  if (verbs) return verbs;
  verbs = new Map();
  for (const [lemma, type, mode, recipient, needs, context] of loadRows('de/event-verbs.tsv')) {
    const v: EventVerb = { lemma: lemma!, type: plover(type, 'de/event-verbs.tsv', lemma!), mode: dash(mode), recipient: list(recipient), needs: list(needs), context: list(context) };
    verbs.set(v.lemma, [...(verbs.get(v.lemma) ?? []), v]);
  }
  return verbs;
}

let nouns: EventNoun[] | undefined;
export function eventNouns(): EventNoun[] {
  return (nouns ??= loadRows('de/event-nouns.tsv').map(([lemma, type, mode]) => ({ lemma: lemma!, type: plover(type, 'de/event-nouns.tsv', lemma!), mode: dash(mode) })));
}

let acts: Map<string, PloverType> | undefined;
export function speechActEvents(): Map<string, PloverType> {
  return (acts ??= new Map(loadRows('de/speech-act-events.tsv').map(([act, type]) => [act!, plover(type, 'de/speech-act-events.tsv', act!)])));
}

let contexts: Map<string, string> | undefined;
export function contextWords(): Map<string, string> {
  return (contexts ??= new Map(loadRows('de/event-context.tsv').map(([w, c]) => [w!, c!])));
}

let modes: Array<[string, string, string[]]> | undefined;
/** Word prefix → mode, for the types listed with it. */
export function modeWords(): Array<[string, string, string[]]> {
  return (modes ??= loadRows('de/event-modes.tsv').map(([w, m, types]) => [w!, m!, list(types)]));
}

let rejections: string[] | undefined;
export function rejectionPhrases(): string[] {
  return (rejections ??= loadList('de/rejections.txt'));
}

let issues: Issue[] | undefined;
export function issueList(): Issue[] {
  return (issues ??= loadRows('de/issues.tsv').map(([key, label, words]) => ({ key: key!, label: label!, words: list(words) })));
}

/** The issues a sentence is about, by word prefixes. */
export function issuesIn(text: string): Issue[] {
  const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return issueList().filter((i) => i.words.some((p) => p.includes(' ') ? text.includes(p) : words.some((w) => w.startsWith(p))));
}

let weakForms: Map<string, { lemma: string; finite: boolean }> | undefined;
/**
 * Forms of event verbs the lexicon lacks ("vereinbaren"), built as a weak verb with an
 * inseparable prefix conjugates: vereinbart, vereinbarte(n), vereinbare.
 */
export function extraVerbForms(has: (lemma: string) => boolean): Map<string, { lemma: string; finite: boolean }> {
  if (weakForms) return weakForms;
  weakForms = new Map();
  for (const lemma of eventVerbs().keys()) {
    if (has(lemma) || !/en$/.test(lemma)) continue;
    const stem = lemma.slice(0, -2);
    // "vereinbart" is read as the participle: news prose uses it far more than the present
    for (const [suffix, finite] of [['t', false], ['te', true], ['ten', true], ['e', true], ['en', false]] as const) weakForms.set(stem + suffix, { lemma, finite });
  }
  return weakForms;
}
