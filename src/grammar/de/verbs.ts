// Finite verbs of a German sentence with their mood and separable particle. Reported
// speech in German news is marked by Konjunktiv I ("sei", "müsse", "habe") or II ("hätten",
// "stünden", "würden" + infinitive); separable verbs put their particle at the clause end
// ("teilte am Mittwoch mit", "deutete Selenskyj an").
import type { Token } from '../../segment/tokens.js';
import { verbReadings, type VerbReading } from '../../lexicon/verbs.js';
import { loadList, loadRows } from '../../data/load.js';
import { memoize } from '../../util/memo.js';
import { isAdjective } from '../../lexicon/adjectives.js';

export type Mood = 'indicative' | 'subjunctive1' | 'subjunctive2';

export interface FiniteVerb {
  /** Token index of the finite form. */
  index: number;
  /** Lemma, with the particle when one was found ("mitteilen"). */
  lemma: string;
  mood: Mood;
  /** Token index of the separated particle, if any. */
  particle: number | null;
  /** "würde(n)" + infinitive: token index of the infinitive. */
  infinitive: number | null;
}

let notVerbs: Set<string> | undefined;
const notFinite = () => (notVerbs ??= new Set(loadList('de/not-finite-verbs.txt')));

const FINITE = new Set(['PRÄ', 'PRT', 'KJ1', 'KJ2']);
/** How far a separated particle or an infinitive may stand from its finite verb: a news middle field with a title, a name and a genitive runs past 15 words. */
const MIDDLE_FIELD = 24;

let extraParticles: Map<string, Array<{ particle: string; lemma: string }>> | undefined;
/** Separable verbs the lexicon does not split (data/de/particle-verbs.tsv), by base lemma. */
function particleVerbs() {
  if (!extraParticles) {
    extraParticles = new Map();
    for (const [base, particle, lemma] of loadRows('de/particle-verbs.tsv')) {
      const list = extraParticles.get(base!) ?? [];
      list.push({ particle: particle!, lemma: lemma! });
      extraParticles.set(base!, list);
    }
  }
  return extraParticles;
}

/** Finite readings a form can have in news prose (third person, or first person inside quotes). */
const finiteReadings = memoize((form: string): VerbReading[] => {
  const all = verbReadings(form).filter((r) => FINITE.has(r.tense));
  const third = all.filter((r) => r.person === 3);
  return third.length ? third : all.filter((r) => r.person === 1);
});

/** The first person singular's finite readings ("lehne": present and Konjunktiv I alike). */
const firstPersonReadings = memoize((form: string): VerbReading[] => verbReadings(form).filter((r) => FINITE.has(r.tense) && r.person === 1 && r.number === 'S'));

/** Does "ich" stand right before or after the verb at `i` (its subject)? */
const firstPerson = (tokens: readonly Token[], i: number) => /^(ich|Ich)$/.test(tokens[i - 1]?.text ?? '') || tokens[i + 1]?.text === 'ich';

/**
 * After the comma at `comma`, an apposition of at most 10 words and no verb closed by a comma, then within three
 * words without a verb a particle closing the clause ("teilte der Direktor, Erik Muster, am Abend mit."): its index, or -1.
 */
function particleAfterApposition(tokens: readonly Token[], comma: number, particles: ReadonlySet<string>): number {
  const noVerb = (t: Token) => !(t.kind === 'word' && /^\p{Ll}/u.test(t.text) && finiteReadings(t.text).length);
  let close = -1;
  for (let k = comma + 1; k < tokens.length && k <= comma + 11 && close < 0; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      if (k === comma + 1) return -1;
      close = k;
    } else if (/^[.;:!?"]$/.test(t.text) || !noVerb(t)) return -1;
  }
  for (let k = close + 1; close > 0 && k < tokens.length && k <= close + 3; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (particles.has(t.text.toLowerCase()) && (!next || CLAUSE_END.test(next.text))) return k;
    if (t.kind !== 'word' || !noVerb(t)) return -1;
  }
  return -1;
}

/**
 * "für weite Teile des Landes", "das 43 Meter breite Schiff": an inflected adjective before a noun, though
 * "weite", "breite", "sichere" are also Konjunktiv forms of "weiten", "breiten", "sichern". Only after a
 * lower-case word, an article or preposition, or a number, so "Er sichere Deutschland Hilfe zu" keeps its verb.
 */
function attributiveAdjective(tokens: readonly Token[], i: number, readings: readonly VerbReading[]): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // ("das 335 Meter lange und 43 Meter breite Schiff": a measure before it, a second adjective after it)
  const measure = tokens[i - 2]?.kind === 'number';
  if (!next || !((next.kind === 'word' && /^\p{Lu}/u.test(next.text)) || (measure && /^(und|oder|,)$/.test(next.text)))) return false;
  // (only a form that is no indicative: "Das erklärte General Muster" keeps its verb)
  if (moodOf(readings) === 'indicative') return false;
  const stem = /^(\p{Ll}+?)(?:e|en|er|es|em)$/u.exec(tokens[i]!.text)?.[1];
  if (!stem || !isAdjective(stem)) return false;
  // ("Für weite Teile …", "Die weite Reise …": an article or preposition opening the sentence)
  return !prev || /^\p{Ll}/u.test(prev.text) || openers().has(prev.text.toLowerCase()) || prev.kind === 'number' || measure;
}

/**
 * "auf nicht weiter bezeichnete Quellen", "die erst kürzlich ernannte Ministerin": a past form after an article or
 * preposition inside the clause and adverbs of an attribute, before a noun, is the participle of an attribute
 * ("bezeichnete", "ernannte" are also finite). An opener starting the clause leaves the verb ("Seit gestern meldete
 * Reuters", "Das jedenfalls erklärte Peskow"), and so does a modal or auxiliary ("Das allerdings musste …").
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text) || !/te$/.test(tokens[i]!.text) || MODAL_OR_AUXILIARY.test(tokens[i]!.text)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && ATTRIBUTE_ADVERBS.test(tokens[k]!.text)) k--;
  // ("Nach Angaben der Gesellschaft für bedrohte Völker seien …": right after a preposition no finite verb
  // stands, but one that may follow its noun does: "Dem Vernehmen nach meldete …", "Ihm gegenüber erklärte …")
  if (k === i - 1 && k >= 0 && prepositions().has(tokens[k]!.text.toLowerCase()) && !POSTPOSED.test(tokens[k]!.text)) return true;
  const clauseOpens = k === 0 || /^[,;:(–-]$/.test(tokens[k - 1]?.text ?? '');
  return k < i - 1 && k > 0 && !clauseOpens && openers().has(tokens[k]!.text.toLowerCase());
}

/**
 * "von den bekannten vier Behandlungsmethoden", "mit einem erwarteten Umsatz": right after an article that is no
 * subject inside the clause, before a noun or a number, stands an attribute, not a finite verb ("bekannten" is also
 * "bekennen"). Not at the clause's start, where "Den bekannten sie nicht" may open with a pronoun.
 */
function afterObliqueArticle(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !/^(?:den|dem|des|einen|einem|eines|einer)$/.test(prev.text) || i < 2 || /^[,;:(–-]$/.test(tokens[i - 2]!.text)) return false;
  if (!next || next.kind === 'punct' || next.kind === 'quote') return false;
  const noun = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  return noun(next) || ((next.kind === 'number' || NUMBER_WORDS.test(next.text)) && noun(tokens[i + 2]));
}

const NUMBER_WORDS = /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend)$/;

/** Adverbs that stand inside an attribute before its participle ("nicht weiter bezeichnete", "erst kürzlich ernannte"). */
const ATTRIBUTE_ADVERBS = /^(?:nicht|weiter|erst|neu|bereits|schon|kürzlich|jüngst|zuvor|bisher|noch|eigens|eben|frisch|gerade|kurz|lange|zuletzt|ebenfalls|offiziell|international|gut|schlecht)$/;

/** Past and Konjunktiv II forms of the modal and auxiliary verbs, which end like an inflected participle. */
export const MODAL_OR_AUXILIARY = /^(?:musste|mussten|müsste|müssten|sollte|sollten|konnte|konnten|könnte|könnten|wollte|wollten|durfte|durften|dürfte|dürften|möchte|möchten|hatte|hatten|hätte|hätten|wurde|wurden|würde|würden|wäre|wären)$/;

/** Prepositions that also follow their noun ("Dem Vernehmen nach", "Ihm gegenüber") or open a clause ("seit"). */
const POSTPOSED = /^(?:nach|gegenüber|seit)$/i;

let prepositionWords: Set<string> | undefined;
/** data/de/prepositions.txt, lower case. */
const prepositions = () => (prepositionWords ??= new Set(loadList('de/prepositions.txt').map((w) => w.toLowerCase())));

let openerWords: Set<string> | undefined;
/** Articles, possessives and prepositions (data/de/determiners.txt, prepositions.txt), lower case. */
const openers = () => (openerWords ??= new Set([...loadList('de/determiners.txt').map((w) => w.toLowerCase()), ...prepositions()]));

/** The mood a finite form shows on its own: Konjunktiv only when no indicative form looks the same. */
export function moodOf(readings: readonly VerbReading[]): Mood | null {
  if (!readings.length) return null;
  const tenses = new Set(readings.map((r) => r.tense));
  if (tenses.has('KJ1') && !tenses.has('PRÄ')) return 'subjunctive1';
  if (tenses.has('KJ2') && !tenses.has('PRT')) return 'subjunctive2';
  return 'indicative';
}

const CLAUSE_END = /^[.,;:!?"')\-]$/;

export function finiteVerbs(tokens: readonly Token[]): FiniteVerb[] {
  const out: FiniteVerb[] = [];
  const infinitives = new Set<number>();
  // quotation marks before each token (a verb after an odd number stands inside a quote)
  const marksBefore = new Uint32Array(tokens.length + 1);
  tokens.forEach((t, i) => { marksBefore[i + 1] = marksBefore[i]! + (t.kind === 'quote' ? 1 : 0); });
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || infinitives.has(i)) return;
    // verbs are written in lower case except at the start of a sentence
    const startsSentence = i === 0 || (i > 0 && tokens[i - 1]!.kind === 'quote' && i === 1);
    if (/^\p{Lu}/u.test(t.text) && !startsSentence) return;
    if (notFinite().has(t.text.toLowerCase())) return;
    // ("Ich lehne das ab": beside "ich" the first person's readings, in which "lehne" is indicative too)
    const readings = firstPerson(tokens, i) ? firstPersonReadings(t.text) : finiteReadings(t.text);
    if (!readings.length || attributiveAdjective(tokens, i, readings) || attributiveParticiple(tokens, i) || afterObliqueArticle(tokens, i)) return;
    // a particle reading needs its particle standing at the end of a clause further on
    let particle: number | null = null;
    let lemma: string | undefined;
    // particles the lexicon gives, and those of data/de/particle-verbs.tsv for its base verbs
    const extra = [...new Set(readings.filter((r) => !r.particle).map((r) => r.lemma))].flatMap((l) => particleVerbs().get(l) ?? []);
    const particles = new Set([...readings.flatMap((r) => (r.particle ? [r.particle] : [])), ...extra.map((x) => x.particle)]);
    if (particles.size) {
      const insideQuote = marksBefore[i]! % 2 === 1;
      for (let j = i + 1; j < tokens.length && j <= i + MIDDLE_FIELD; j++) {
        const w = tokens[j]!.text.toLowerCase();
        // the particle closes the clause the verb opened: never beyond a comma, nor into a quote that
        // does not close within the clause (a quoted word or two is passed: "warf ihr „Wortbruch“ vor")
        if (w === ',') {
          // ("teilte der Direktor der Behörde, Bagus Puruhito, mit": past an apposition between commas)
          const after = particleAfterApposition(tokens, j, particles);
          if (after < 0) break;
          j = after - 1;
          continue;
        }
        if (/^[;:]$/.test(w)) break;
        // ("sagte „Ja“ und stimmte dem Vorschlag zu": a second verb after "und" takes the particle)
        if ((w === 'und' || w === 'oder') && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && finiteReadings(tokens[j + 1]!.text).length) break;
        if (w === '"') {
          // (a verb inside a quote never looks past its closing mark)
          if (insideQuote) break;
          let close = j + 1;
          while (close < tokens.length && close <= i + MIDDLE_FIELD && tokens[close]!.text !== '"' && !/^[,;:.!?]$/.test(tokens[close]!.text)) close++;
          if (tokens[close]?.text !== '"' || close === j + 1) break;
          j = close;
          continue;
        }
        const next = tokens[j + 1];
        if (particles.has(w) && (!next || CLAUSE_END.test(next.text) || next.text === 'und' || next.text === 'oder')) {
          particle = j;
          lemma = readings.find((r) => r.particle === w)?.lemma ?? extra.find((x) => x.particle === w)!.lemma;
          break;
        }
      }
    }
    const particleWord = particle === null ? null : tokens[particle]!.text.toLowerCase();
    let own = readings.filter((r) => (particleWord === null ? !r.particle : r.particle === particleWord));
    // a particle from the data file: the base verb's own readings carry the mood
    if (!own.length && particleWord !== null) own = readings.filter((r) => !r.particle);
    if (!own.length) return;
    lemma ??= own[0]!.lemma;
    let mood = moodOf(own)!;
    let infinitive: number | null = null;
    if (own.some((r) => r.lemma === 'werden' && r.tense === 'KJ2')) {
      // "würden … stationieren": the infinitive closes the clause
      for (let j = i + 1; j < tokens.length && j <= i + MIDDLE_FIELD; j++) {
        const next = tokens[j + 1];
        if (verbReadings(tokens[j]!.text).some((r) => r.tense === 'INF') && (!next || CLAUSE_END.test(next.text) || next.text === 'und')) {
          infinitive = j;
          infinitives.add(j);
          break;
        }
      }
      mood = 'subjunctive2';
    }
    out.push({ index: i, lemma, mood, particle, infinitive });
  });
  return out;
}

/** The mood of a clause: Konjunktiv if any finite verb in it shows it unambiguously. */
export function clauseMood(verbs: readonly FiniteVerb[]): Mood | null {
  if (!verbs.length) return null;
  if (verbs.some((v) => v.mood === 'subjunctive1')) return 'subjunctive1';
  if (verbs.some((v) => v.mood === 'subjunctive2')) return 'subjunctive2';
  return 'indicative';
}

/** Conjunctions that open a subordinate clause ("wenn", "nachdem", "während" …), lower case. */
const SUBORDINATING = new Set(['wenn', 'falls', 'da', 'nachdem', 'während', 'weil', 'obwohl', 'als', 'bevor', 'sobald', 'seit', 'seitdem', 'solange', 'damit', 'um', 'indem', 'sodass', 'ob']);

/** Relative pronouns ("der", "denen", "welches") and relative adverbs ("wonach", "womit") that open a relative clause. */
export const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'welches']);
export const RELATIVE_ADVERBS = new Set(['wonach', 'womit', 'wobei', 'worauf', 'woraufhin', 'wodurch']);

/** Does this word (any case) open a subordinate clause? */
export const isSubordinating = (word: string) => SUBORDINATING.has(word.toLowerCase());

/** Auxiliaries of the perfect and the passive ("hat … erklärt", "wurde … kritisiert"). */
export const AUXILIARY = /^(?:hat|haben|habe|hatte|hatten|hätte|hätten|ist|sind|sei|seien|war|waren|wäre|wären|wurde|wurden|wird|werden|worden)$/;

const WERDEN = /^(?:wird|werden|wurde|wurden|worden|werde|würde|würden)$/;
/** Forms of "haben" (a perfect's auxiliary). */
export const HABEN = /^(?:hat|hatte|haben|hatten|habe|hätte|hätten)$/;

/**
 * Is the word at `at` a participle in a passive within [from, to) ("wurde vorgeworfen", "berichtet
 * wurde", "wird … kritisiert")? A form of "werden" that is no future ("wird … fordern") and no "haben"
 * that would make it an active perfect ("hat … gefordert").
 */
export function passiveAt(tokens: ReadonlyArray<{ text: string }>, at: number, from: number, to: number): boolean {
  return verbReadings(tokens[at]!.text).some((r) => r.tense === 'PA2') && passiveClause(tokens, from, to);
}

/** Does [from, to) hold a passive "werden" (no future "wird … fordern") and no perfect "haben"? */
export function passiveClause(tokens: ReadonlyArray<{ text: string }>, from: number, to: number): boolean {
  let werden = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (HABEN.test(w)) return false;
    if (WERDEN.test(w) && !verbReadings(tokens[k + 1]?.text ?? '').some((r) => r.tense === 'INF')) werden = true;
  }
  return werden;
}
