// Who speaks and to whom: the words next to a cue verb, as a mention or a noun phrase.
import type { Mention } from '../document/types.js';
import { isAdjective } from '../lexicon/adjectives.js';
import { isSubordinating } from '../grammar/de/verbs.js';
import { nounLemma } from '../lexicon/nouns.js';
import { CLAUSE_BREAK, isName, phraseFound, sideOf, verbsIn, type Ctx, type Found } from './context.js';
import type { Phrase } from '../syntax/types.js';
import { clauseAt, phraseAt } from '../syntax/api.js';

/** A noun phrase with an extended attribute at `start` ("die zur Universität gehörende Hoover Institution"), or null. */
function extendedPhrase(ctx: Ctx, start: number, limit: number): Found | null {
  const syntax = ctx.syntax.get(ctx.toks[start]!.sentence);
  const np = syntax ? phraseAt(syntax, start) : null;
  return np && np.kind === 'np' && np.modifiers.length && np.to <= limit ? phraseFound(np, ctx) : null;
}

/** The speaker words right after a cue: a mention, else a short noun phrase. */
export function speakerAfter(ctx: Ctx, at: number, limit: number): Found | null {
  const p = ctx.words;
  let i = at;
  // "sagte Kallas" / "sagte der Pentagon-Chef" / "sagte er"; past adverbs and a day: "erklärte gestern ein
  // Sprecher", "teilte am Mittwoch die Polizei mit"
  while (i < limit - 1 && (adverbBeforeSubject(ctx, ctx.toks[i]!.text) || (ctx.toks[i]!.text === 'am' && /^\p{Lu}/u.test(ctx.toks[i + 1]!.text) && !ctx.mentionAt.get(i + 1)))) i += ctx.toks[i]!.text === 'am' ? 2 : 1;
  at = i;
  const hit = ctx.mentionAt.get(i);
  // ("sagte ihm", "warf ihnen vor": a pronoun in the dative or accusative is no speaker)
  if (hit && hit.m.kind === 'pronoun' && objectCase(ctx, i)) return null;
  if (hit && hit.m.kind !== 'adjective') return { from: i, to: hit.end, m: hit.m };
  // "sagte dieser", "erklärte jener": a demonstrative pronoun
  if (/^(dieser|diese|jener|jene|dieses)$/.test(ctx.toks[i]?.text ?? '') && !/^\p{L}/u.test(ctx.toks[i + 1]?.text ?? '')) return { from: i, to: i + 1, m: null };
  // a noun phrase: determiner? words up to a preposition, punctuation or verb
  // ("erklärte den Vertrag für nichtig": an accusative or dative is no subject; "sagte dem Sender ein Sprecher":
  // the subject after it)
  if (/^(den|dem|einen|einem)$/.test(ctx.toks[i]?.text ?? '')) {
    let k = i + 1;
    while (k < Math.min(limit, i + 5) && ctx.toks[k]!.kind === 'word' && !/^(ein|eine|der|die)$/.test(ctx.toks[k]!.text)) k++;
    return k < limit && /^(ein|eine|der|die)$/.test(ctx.toks[k]!.text) && k > i + 1 ? speakerAfter(ctx, k, limit) : null;
  }
  // ("laut faz.net", "berichtete tagesschau.de": a website's name in lower case)
  if (/^\p{Ll}[\p{L}\d-]*\.(?:de|net|com|org|at|ch|eu|info)$/u.test(ctx.toks[i]?.text ?? '')) return { from: i, to: i + 1, m: null };
  const start = i;
  if (ctx.toks[i] && p.determiners.has(ctx.toks[i]!.text)) i++;
  // ("sagte der für die Region zuständige Koordinator": a prepositional phrase inside an attribute, from the syntax layer)
  if (i > start && p.prepositions.has(ctx.toks[i]?.text ?? '')) return extendedPhrase(ctx, start, limit);
  let noun = false;
  while (i < limit && ctx.toks[i]!.kind === 'word' && !p.prepositions.has(ctx.toks[i]!.text) && !CLAUSE_BREAK.test(ctx.toks[i]!.text)
    && !/^(am|nach|weiter|zudem|auch|dazu|demnach|später|bereits|noch)$/.test(ctx.toks[i]!.text)) {
    const w = ctx.toks[i]!.text;
    // after the noun, a lower-case word ends the phrase unless a genitive follows ("Sprecher des Ministeriums")
    if (noun && /^\p{Ll}/u.test(w) && !(/^(des|der|eines|einer)$/.test(w) && /^\p{Lu}/u.test(ctx.toks[i + 1]?.text ?? ''))) break;
    const inner = ctx.mentionAt.get(i);
    // ("die US-amerikanische Musikzeitschrift": an adjective of origin is not who speaks)
    if (inner && inner.m.kind !== 'adjective') return { from: start, to: inner.end, m: inner.m };
    if (nounWord(w) && !inner) noun = true;
    i++;
    if (i - start >= 6) break;
  }
  if (i === start || !nounWord(ctx.toks[i - 1]!.text)) return null;
  return { from: start, to: i, m: null };
}

/** A noun as written: capitalized, or an age made a noun ("der 53-Jährige", also as misspelt "der 81-jährige"). */
const nounWord = (w: string) => /^\p{Lu}/u.test(w) || /^\d+-(?:\p{Lu}|jährige)/u.test(w);

/** Does the syntax layer read the phrase at token i as a pronoun that cannot be a subject ("ihm", "ihn")? */
function objectCase(ctx: Ctx, i: number): boolean {
  const p = phraseAt(ctx.syntax.get(ctx.toks[i]!.sentence), i);
  return !!p && p.pronoun && p.cases.length > 0 && !p.cases.includes('nom');
}

/** Adverbs between a verb and its subject ("bestätigte gestern auch der Minister"): the function words' adverbs, "aber", times of day. */
const adverbBeforeSubject = (ctx: Ctx, w: string) => /^\p{Ll}/u.test(w) && (ctx.words.isAdverb(w) || /^(aber|abends|morgens)$/.test(w));

/** Words that open a sentence before its verb without being its subject. */
const OPENING_ADVERBIALS = /^(So|Dies|Das|Dazu|Darauf|Daraufhin|Deshalb|Daher|Damit|Dabei|Hier|Dort|Heute|Gestern|Nun|Jetzt|Als|Entsprechend|Passend|Ebenso|Ähnlich|Gleichzeitig|Anschließend|Schließlich|Später|Zuvor|Zudem|Außerdem|Weiter|Auch|Dennoch|Trotzdem|Allerdings|Jedoch|Inzwischen|Mittlerweile|Bislang|Bisher|Zunächst|Erst|Zuletzt|Darüber|Dem|Demgegenüber|Es|Ende|Anfang|Mitte|Nicht|Hierzu|Hierbei|Dafür|Dagegen|Stattdessen|Vielmehr|Ferner|Überdies)$/;

/**
 * The speaker the syntax layer gives the clause whose finite verb is the cue: its subject, or a
 * passive's agent ("Dem Kreml wurde von Washington zugesagt"); undefined when the layer has no clause
 * with this verb (the word rules below decide then), null when the clause names no speaker.
 */
export function clauseSpeaker(ctx: Ctx, verb: number): Found | null | undefined {
  const c = clauseAt(ctx.syntax.get(ctx.toks[verb]!.sentence), verb);
  // (the cue is the clause's verb: its finite form, or its participle or infinitive, "hatte … kritisiert",
  // "wurde … gefragt")
  if (!c || (c.verb.finite !== verb && !c.verb.nonFinite.includes(verb))) return undefined;
  // ("zitierte Peskow mit den Worten": who quotes is not who speaks)
  if (c.verb.lemma === 'zitieren') return undefined;
  const who = c.verb.voice === 'passive' ? passiveAgentOf(ctx, c.agent) : c.subject;
  // ("hieß es", "Es sei nicht geplant": an expletive names no one)
  if (!who || (who.pronoun && /^(es|Es|man|Man)$/.test(ctx.toks[who.from]!.text))) return c.verb.voice === 'passive' ? null : undefined;
  // ("Das erklärt die Preise", ", der sagte": a demonstrative or relative pronoun is left to the rules that resolve it)
  // ("Einer der Putschisten" is no pronoun to resolve: its genitive names the group)
  // ("Einige vertreten die Auffassung": a pronoun of quantity names its speakers itself)
  if (who.pronoun && !who.genitives.length && !ctx.mentionAt.get(who.from) && !QUANTITY_PRONOUNS.test(ctx.toks[who.from]!.text)) return undefined;
  return phraseFound(who, ctx);
}

/** Pronouns of quantity that stand for people of their own ("Einige", "Viele", "Manche"). */
const QUANTITY_PRONOUNS = /^(?:einige|viele|manche|mehrere|wenige|andere|beide|alle)$/i;

/** A passive's agent as the one who acted: "von Seiten der Delegation" is the delegation's. */
export function passiveAgentOf(ctx: Ctx, agent: Phrase | null): Phrase | null {
  return agent && sideOf(ctx, agent);
}

/** "Zwar sind 37 Prozent …", "Relativierend fügt er hinzu": an adverb, or an adjective before a subject after the verb, opening the sentence. */
function openingModifier(ctx: Ctx, i: number, cue: number): boolean {
  const w = ctx.toks[i]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || ctx.mentionAt.get(i) || nounLemma(w)) return false;
  return ctx.words.isAdverb(w.toLowerCase()) || (isAdjective(w) && !!speakerAfter(ctx, cue + 1, Math.min(ctx.toks.length, cue + 6)));
}

/** The subject of the clause [from, cue): its first mention not after a preposition, else the noun phrase opening it. */
export function speakerBefore(ctx: Ctx, from: number, cue: number): Found | null {
  const p = ctx.words;
  // the syntax layer's subject, when it stands in [from, cue); one after the verb is speakerAfter's
  const bySyntax = clauseSpeaker(ctx, cue);
  if (bySyntax && bySyntax.from >= from && bySyntax.to <= cue) return bySyntax;
  if (bySyntax === null || (bySyntax && bySyntax.from > cue)) return null;
  const first = ctx.toks[from]?.text ?? '';
  // "Ägypten, das vorschlug, …", "ein Junge, der angab, …": a relative pronoun speaks for the noun before the comma
  if (from > 0 && ctx.toks[from - 1]!.text === ',' && /^(der|die|das|welche|welcher|welches)$/.test(first) && !ctx.mentionAt.get(from + 1)) {
    const antecedent = mentionEndingAt(ctx, from - 1);
    return { from, to: from + 1, m: antecedent ? { ...antecedent, span: ctx.toks[from]!.span, kind: 'pronoun' } : null };
  }
  // "Da es keine Verordnung gibt, hat das Gericht entschieden": a subordinate clause is no subject
  if (/^\p{Lu}/u.test(first) && (isSubordinating(first) || first === 'Dass')) return null;
  // "Den Unmut der CDU brachte die Sprecherin zum Ausdruck", "Einem Bericht zufolge": an object opens the clause
  if (/^(Den|Dem|Einem|Einen)$/.test(first) && !ctx.mentionAt.get(from)) return null;
  for (let i = from; i < cue; i++) {
    const hit = ctx.mentionAt.get(i);
    // an unresolved role word inside the subject ("Erika Beispiel, Präsidentin des Verbands") is no speaker of its own
    if (!hit || hit.m.kind === 'adjective' || (!hit.m.actor && !hit.m.members && hit.m.kind !== 'pronoun')) continue;
    // ("Diese baten ihn um Zigaretten und drohten …": a pronoun in the accusative or dative is an object)
    if (hit.m.kind === 'pronoun' && objectCase(ctx, i)) continue;
    let k = i - 1;
    while (k >= from && p.determiners.has(ctx.toks[k]!.text)) k--;
    if (k >= from && p.prepositions.has(ctx.toks[k]!.text.toLowerCase())) { i = hit.end - 1; continue; }
    // "Die Äußerungen des Kanzlers bezeichnete …": a genitive after a noun belongs to that noun
    if (k < i - 1 && k >= from && /^(des|der)$/.test(ctx.toks[k + 1]!.text) && /^\p{Lu}/u.test(ctx.toks[k]!.text) && ctx.toks[k]!.kind === 'word' && !ctx.mentionAt.get(k)) { i = hit.end - 1; continue; }
    return { from: i, to: hit.end, m: hit.m };
  }
  // "So berichtete die Zeitung", "Seit Jahren fordert der Staat", "Offiziell geht die Regierung davon aus":
  // the subject follows the verb
  // ("Das Gericht erklärte": "Das" before a noun is its article; but "Das Ergebnis bestätigte ein Sprecher":
  // a subject after the verb makes it the object)
  const subjectAfter = /^(ein|eine|der|die)$/.test(ctx.toks[cue + 1]?.text ?? '') && /^\p{Lu}/u.test(ctx.toks[cue + 2]?.text ?? '');
  const article = /^(Das|Dies)$/.test(first) && /^\p{Lu}/u.test(ctx.toks[from + 1]?.text ?? '') && from + 1 < cue && !subjectAfter;
  if (p.prepositions.has(first.toLowerCase()) || (OPENING_ADVERBIALS.test(first) && !article) || /^Des$/.test(first)) return null;
  // ("Offiziell geht die Regierung davon aus"; but "Schwarz sagte" names Schwarz: only with a subject after the verb)
  if (cue - from === 1 && isAdjective(first) && !nounLemma(first) && speakerAfter(ctx, cue + 1, Math.min(ctx.toks.length, cue + 6))) return null;
  // "Lokale Medien berichteten", "Ein Sprecher des Ministeriums sagte"
  let i = from;
  while (i < cue && (/^(Auch|Zuvor|Dazu|Später|Bereits|Zudem|Außerdem|Nun|Jetzt|Inzwischen|Gleichzeitig|Dagegen|Daraufhin)$/.test(ctx.toks[i]!.text)
    || (i === from && openingModifier(ctx, i, cue)))) i++;
  // "Details nannte er nicht", "Die Äußerungen bezeichnete gestern Kallas als …": the object stands first
  let a = cue + 1;
  while (a < ctx.toks.length && adverbBeforeSubject(ctx, ctx.toks[a]!.text)) a++;
  const after = ctx.mentionAt.get(a);
  if (after && after.m.kind !== 'adjective' && (after.m.actor || after.m.kind === 'pronoun' || after.m.kind === 'name')) return null;
  // a longer subject with an apposition: "Der Leiter des Programms der WHO, Klaus Stöhr, sagte";
  // it ends at the first finite verb ("Stoiber hatte … betont:")
  let verb = verbsIn(ctx, i, cue).find((v) => v.index > i)?.index ?? cue;
  // "während die EU-Staaten den Vorstoß begrüßten": an object after the subject ends it
  for (let k = i + 2; k < verb; k++) if (/^(den|dem|einen|einem|ihren|seinen)$/.test(ctx.toks[k]!.text) && /^\p{Lu}/u.test(ctx.toks[k - 1]!.text)) { verb = k; break; }
  const np = ctx.toks.slice(i, verb);
  if (np.length >= 1 && np.length <= 14 && (/^\p{Lu}/u.test(np[0]!.text) || (p.determiners.has(np[0]!.text) && np.length > 1 && /^\p{Lu}/u.test(np[1]!.text)))
    && np.every((t) => (t.kind === 'word' || t.kind === 'number' || /^[,\-()]$/.test(t.text)) && !ctx.words.sourcePhrases.has(t.text))
    && !verbsIn(ctx, i, verb).length) {
    return { from: i, to: verb, m: null };
  }
  return null;
}

/**
 * The document a "heißt es" quotes from: "in einer Erklärung des Ministeriums", "auf der Homepage",
 * "im Antrag" — the noun phrase after the preposition, with the actor it names if any.
 */
export function documentSource(ctx: Ctx, from: number, to: number, last = false): Found | null {
  let found: Found | null = null;
  for (let i = from; i < to - 1; i++) {
    // ("hieß es vom Abgeordneten Viktor Muster": who it came from, right after "hieß es"; not "nach dem Treffen von …")
    if (!/^(in|im|In|Im|auf|Auf|aus|Aus)$/.test(ctx.toks[i]!.text) && !(i === from && /^(von|vom)$/.test(ctx.toks[i]!.text) && heisstEs(ctx, i - 2))) continue;
    let e = i + 1;
    while (e < to && (ctx.toks[e]!.kind === 'word' || ctx.toks[e]!.kind === 'number' || ctx.toks[e]!.kind === 'quote') && !/^(heißt|hieß|zur|zum|dazu|weiter|unter|es)$/.test(ctx.toks[e]!.text)) e++;
    if (e === i + 1 || !ctx.toks.slice(i + 1, e).some((t) => /^\p{Lu}/u.test(t.text))) continue;
    let m: Mention | null = null;
    for (let k = i + 1; k < e && !m; k++) { const hit = ctx.mentionAt.get(k); if (hit && hit.end <= e && hit.m.actor) m = hit.m; }
    // ("Im Streit um die Rente heißt es in der Erklärung der SPD": before "heißt es", the phrase nearest to it)
    found = { from: i + 1, to: e, m };
    if (!last) return found;
    i = e - 1;
  }
  return found;
}

/** Do "heißt es" or "hieß es" stand at token k (a document speaks)? */
export const heisstEs = (ctx: Ctx, k: number) => /^(heißt|hieß)$/.test(ctx.toks[k]?.text ?? '') && ctx.toks[k + 1]?.text === 'es';

/** The actor mention that ends right before token `at`, if any. */
export function mentionEndingAt(ctx: Ctx, at: number): Mention | null {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const hit = ctx.mentionAt.get(k);
    // ("den Sohn von Peskow, der sagte": a name after a preposition is not what the pronoun stands for)
    if (hit && hit.end === at && hit.m.actor) return k > 0 && ctx.words.prepositions.has(ctx.toks[k - 1]!.text.toLowerCase()) ? null : hit.m;
  }
  return null;
}

/** An addressee after the speaker: "sagte Kallas der »Welt«", "sagte er dem Sender CNN". */
export function addresseeAfter(ctx: Ctx, at: number, limit: number): Found | null {
  const t = ctx.toks[at];
  if (!t || !/^(der|dem|den)$/.test(t.text)) {
    const hit = ctx.mentionAt.get(at);
    return hit && hit.m.kind !== 'adjective' ? { from: at, to: hit.end, m: hit.m } : null;
  }
  let i = at + 1;
  if (ctx.toks[i]?.kind === 'quote') {
    let close = i + 1;
    while (close < limit && ctx.toks[close]!.kind !== 'quote') close++;
    if (close < limit) return { from: at, to: close + 1, m: ctx.mentionAt.get(i + 1)?.m ?? null };
    return null;
  }
  const hit = ctx.mentionAt.get(i);
  if (hit) return { from: at, to: hit.end, m: hit.m };
  // "dem Sender CNN", "der Zeitung »Bild«": a noun and a name
  while (i < limit && i < at + 4 && /^\p{Lu}/u.test(ctx.toks[i]!.text)) {
    const inner = ctx.mentionAt.get(i);
    if (inner) return { from: at, to: inner.end, m: inner.m };
    i++;
  }
  return null;
}


/**
 * Can the phrase found speak: a named actor, "er"/"sie", a name no lexicon knows ("Larson"), or a noun of
 * one who speaks ("Die Kriminalpolizei", "der Bundesgesetzgeber")? "Der Absturz", "es", "das" cannot.
 */
export function canSpeak(ctx: Ctx, x: Found): boolean {
  if (x.m && (x.m.actor || x.m.kind === 'name')) return true;
  if (x.m?.kind === 'pronoun') return /^(er|sie|Er|Sie)$/.test(x.m.text);
  // ("der SPD-Vorsitzende Sigmar Muster": a role mention no actor was found for is read as words)
  const p = phraseAt(ctx.syntax.get(ctx.toks[x.from]!.sentence), x.from);
  return p && p.from === x.from ? phraseSpeaks(ctx, p) : wordsSpeak(ctx, x.from, x.to - 1);
}

/** The phrase's head or its apposition names one who speaks; "Einer der Streikführer": its genitive does. */
function phraseSpeaks(ctx: Ctx, p: Phrase): boolean {
  if (p.pronoun) return p.genitives.length ? phraseSpeaks(ctx, p.genitives[0]!) : /^(er|sie|Er|Sie)$/.test(ctx.toks[p.head]!.text);
  return wordsSpeak(ctx, p.from, p.head) || (!!p.apposition && wordsSpeak(ctx, p.apposition.from, p.apposition.head));
}

/** A name ("Erika Beispiel", context.ts), a noun of one who speaks ("Sprecher Mark Toner") or a document in [from, head]. */
function wordsSpeak(ctx: Ctx, from: number, head: number): boolean {
  for (let k = from; k <= head; k++) {
    const w = ctx.toks[k]!.text;
    // (a document speaks too: "Der OSZE-Bericht nennt …")
    if (isName(ctx, k) || (/^\p{Lu}/u.test(w) && (ctx.words.isAgentNoun(w) || ctx.words.isSourceNoun(w)) && !ctx.words.determiners.has(w))) return true;
  }
  return false;
}
