// Indirect speech around a cue verb: the message before or after it, reported speech acts
// with a noun-phrase message, and what makes a clause a reported message.
import type { Statement, StatementForm } from '../../document/types.js';
import { AUXILIARY, RELATIVE_ADVERBS, RELATIVE_PRONOUNS, clauseMood, isSubordinating, passiveAt } from '../../grammar/de/verbs.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { CLAUSE_BREAK, clauseEnd, clauseStart, isComma, phraseFound, span, verbsIn, who, words, type Ctx, type Cue, type Found } from '../context.js';
import { cueOf } from '../statement.js';
import { addresseeAfter, canSpeak, clauseSpeaker, documentSource, passiveAgentOf, speakerAfter, speakerBefore } from '../speakers.js';
import { auxiliaryBefore, cuesIn, trailingAuxiliary, zuInfinitive } from './cues.js';
import { clauseAt, phraseAt } from '../../syntax/api.js';

/** What the readings of one cue found so far: a later reading starts from what an earlier one left. */
interface Reading {
  form: StatementForm;
  quote: [number, number] | null;
  speaker: Found | null;
  /** The message after the comma belongs to a verb joined to the cue ("… und gab bekannt, …"). */
  handedOn?: boolean;
  /** The speaker holds a claim the cue rejects or denies ("wies die Darstellung zurück, …"): the act told is a claim. */
  claim?: boolean;
  addressee: Found | null;
}

/**
 * Indirect speech around one cue verb in the sentence [b, end). `acted` hears of a speaker whose act names
 * only its object ("Hubert Primus wies den Vorwurf zurück."): no statement, but one who spoke.
 */
export function indirectAt(ctx: Ctx, cue: Cue, b: number, end: number, acted?: (speaker: Found) => void): Statement | null {
  const toks = ctx.toks;
  // "Ihm wird vorgeworfen, …", "Zudem wird kritisiert, dass …", "war berichtet worden, …": a passive
  // cue names no speaker but its agent ("von der Polizei"); the clause's subject is not the speaker
  const passive = passiveAgent(ctx, cue, b);
  // ("Syd Barrett, wie er sich selbst nannte, …", "wie der Senator genannt wurde": a name given, no words reported)
  if (/^(nennen|bezeichnen)$/.test(cue.lemma) && /^(wie|Wie)$/.test(toks[clauseStart(ctx, b, cue.index)]!.text)) return null;
  const x: Reading = { form: 'indirect', quote: null, speaker: null, addressee: null };
  // (a) "…, sagte X." / "…, teilte X mit.": the message before the comma
  // ("…, hatte Koch-Mehrin damals gesagt.": the auxiliary after the comma opens the cue's clause; a verb with a
  // noun-phrase message takes it after the auxiliary: "…, hatte die Regierung den Plan kritisiert")
  const auxiliary = cue.np ? -1 : trailingAuxiliary(ctx, cue.index);
  // (not a participle whose auxiliary stands before an apposition: "hatte der Investor, Larry Muster, zugesagt, …")
  if (cue.index > b && isComma(toks[cue.index - 1]) && !auxiliaryBefore(ctx, cue.index)) messageBefore(ctx, cue, b, end, x);
  else if (auxiliary > b) messageBefore(ctx, cue, b, end, x, auxiliary);
  // ("…, so berichtet die Zeitung.": "so" between the comma and the cue)
  else if (cue.index > b + 1 && toks[cue.index - 1]!.text === 'so' && isComma(toks[cue.index - 2])) messageBefore(ctx, cue, b, end, x, cue.index, cue.index - 2);
  if (!x.quote) {
    // (b) "X sagte (am Mittwoch) (Y), (dass) …" / "X sagte: …": the message after the first comma or colon
    const k = messageAfter(ctx, cue, b, end, x);
    if (x.quote) speakerBeforeMessage(ctx, cue, b, end, k, passive, x);
    // (c) a reported speech act with a noun-phrase message: "verlangte (von Trump) ein Ende der …"
    // (also when the message after the comma goes to a verb joined to this one, "bezeichnete die Proteste als
    // rechtmäßig und forderte sie auf, …": the act ends before that verb)
    else if (cue.np && !passive) reportedAct(ctx, cue, b, end, x, acted);
    // "Von der Opposition wurde der Besuch als unangemessen kritisiert": a passive act names its speaker as the agent
    else if (cue.np && passive && !x.handedOn) passiveAct(ctx, cue, b, passive.agent, x);
  }
  const { quote, speaker, addressee } = x;
  let form = x.form;
  if (!quote || (!speaker && !(passive && form === 'indirect'))) return null;
  // quoted fragments inside a reported clause: mixed
  // (a reported speech act stays reported: its quoted words become direct statements of their own)
  if (form === 'indirect') for (let i = quote[0]; i < quote[1]; i++) if (ctx.quoted[i] || ctx.fragments[i]) { form = 'mixed'; break; }
  if (form === 'mixed' && [...Array(quote[1] - quote[0]).keys()].every((k) => ctx.quoted[quote[0] + k] || toks[quote[0] + k]!.kind === 'punct')) return null;
  const told = cueOf(ctx, cue);
  return { form, quote: span(ctx, quote[0], quote[1]), cue: x.claim ? { ...told, act: 'claim' } : told, speaker: beforeAddressee(ctx, who(speaker, ctx), addressee), addressee: who(addressee, ctx, false), sentence: 0 };
}

/** "verlangte Putin von Trump …": the speaker's words end before a "von" that names the addressee (no affiliation). */
function beforeAddressee(ctx: Ctx, speaker: ReturnType<typeof who>, addressee: Found | null): ReturnType<typeof who> {
  if (!speaker || !addressee || !/^(von|vom)$/.test(ctx.toks[addressee.from - 1]?.text ?? '')) return speaker;
  const von = ctx.toks[addressee.from - 1]!.span[0];
  return speaker.span[0] < von && speaker.span[1] > von ? { ...speaker, span: [speaker.span[0], ctx.toks[addressee.from - 2]!.span[1]] } : speaker;
}

/** (a) The message before the comma ahead of the cue, its speaker and addressee after the cue. */
function messageBefore(ctx: Ctx, cue: Cue, b: number, end: number, x: Reading, at = cue.index, to = at - 1): void {
  const toks = ctx.toks;
  const from = b;
  // (not a subordinate or relative clause before the comma: "Wenn er verurteilt wird, droht ihm …",
  // "Hubert Primus, der dort verantwortlich ist, wies den Vorwurf zurück")
  let lastClause = Math.max(from, to - 1);
  while (lastClause > from && !(CLAUSE_BREAK.test(toks[lastClause - 1]!.text) && !ctx.quoted[lastClause - 1] && !ctx.fragments[lastClause - 1])) lastClause--;
  const opener = toks[lastClause]!.text;
  // (but a message may end in one after its main clause: "Der Flügel war beschädigt, als das Flugzeug landete, sagte X")
  // ("Statistiken, auf die im Bericht hingewiesen wird, bekräftigen …": a preposition before the relative pronoun)
  const relative = RELATIVE.has(opener) || (ctx.words.prepositions.has(opener) && RELATIVE.has(toks[lastClause + 1]?.text ?? ''));
  const subordinate = (isSubordinating(opener) || (lastClause > from && relative && verbFinal(ctx, lastClause, to))) && !mainClauseFirst(ctx, from, lastClause);
  // (nor a fronted clause of time or cause with what depends on it: "Während die Sängerin erklärte, aufgeregt zu sein,
  // räumte die Schauspielerin ein, …"; in Konjunktiv it may be the message: "Weil die Lage ernst sei, …")
  // (but "Als die Polizei eintraf, war der Täter geflohen, sagte ein Sprecher": a main clause after it, opening with its verb, is a message)
  const fronted = isSubordinating(toks[from]!.text) && !/^(dass|ob)$/i.test(toks[from]!.text) && !/^subjunctive/.test(clauseMood(verbsIn(ctx, from, to)) ?? '')
    && !toks.slice(from, to).some((t, k) => isComma(t) && verbsIn(ctx, from + k + 1, from + k + 2).length > 0);
  const after = speakerAfter(ctx, at + 1, at === cue.index ? end : cue.index);
  // ("wies den Vorwurf zurück": an object after the verb, no speaker)
  const objectAfter = after && /^(den|dem|einen|einem|dass|sich)$/.test(toks[after.from]!.text);
  // ("Die Rothemden begrüßten die Ankündigung, fordern aber …": a clause sharing the subject of the one before continues it)
  if (words(ctx, from, to) < 3 || !verbsIn(ctx, from, to).length || subordinate || fronted || objectAfter || sharedSubject(ctx, cue.index)) return;
  x.quote = [from, to];
  x.speaker = after;
  if (x.speaker) x.addressee = addresseeAfter(ctx, x.speaker.to, end);
  // "Auf die Frage, …, antwortete er, die Diskussion drehe sich …": the message follows
  let k = Math.max(cue.end, x.speaker?.to ?? 0, x.addressee?.to ?? 0);
  const gap = k;
  while (k < end && !CLAUSE_BREAK.test(toks[k]!.text)) k++;
  // (not when another verb opens its own clause: "…, sagte er und betonte, …")
  if (k < end && isComma(toks[k]) && !verbsIn(ctx, gap, k).length && isMessage(ctx, k + 1, end)) x.quote = null;
}

/** Is the word at k its clause's finite verb or one of its participles, as the syntax layer reads it (not "bekannten" before a noun)? */
function clauseVerb(ctx: Ctx, k: number): boolean {
  const c = clauseAt(ctx.syntax.get(ctx.toks[k]!.sentence), k);
  // (nor an infinitive after "zu", "für nichtig zu erklären", nor a word before a noun, "den Einheimischen bekannten Wasserfall")
  if (ctx.toks[k - 1]?.text === 'zu' || /^\p{Lu}/u.test(ctx.toks[k + 1]?.text ?? '')) return false;
  return !!c && (c.verb.finite === k || (c.verb.nonFinite.includes(k) && verbReadings(ctx.toks[k]!.text).some((r) => r.tense === 'PA2')));
}

/** Does [from, to) open with a main clause of its own: no subordinating word first, a finite verb before the first comma? */
function mainClauseFirst(ctx: Ctx, from: number, to: number): boolean {
  if (to <= from || isSubordinating(ctx.toks[from]!.text)) return false;
  let k = from;
  while (k < to && !CLAUSE_BREAK.test(ctx.toks[k]!.text)) k++;
  return k < to && verbsIn(ctx, from, k).length > 0;
}

/** (b) The message after the first comma or colon past the cue; returns where that clause break stands. */
function messageAfter(ctx: Ctx, cue: Cue, b: number, end: number, x: Reading): number {
  const toks = ctx.toks;
  let k = breakAfter(ctx, cue.end, end);
  // ("hat angekündigt die Preise zu erhöhen": a zu-infinitive may follow its verb without a comma)
  // (not the verb of a zu-infinitive itself: "um über den Streik berichten zu können")
  // (a participle only: after a finite verb its subject may stand first, "versprach die Kanzlerin die Steuern zu senken")
  if (k >= end && !cue.needs && cue.end < end && toks[cue.end]!.text !== 'zu' && words(ctx, cue.end, end) >= 2 && zuInfinitive(ctx, cue.end, end)
    && verbReadings(toks[cue.index]!.text).some((r) => r.tense === 'PA2')
    && !verbsIn(ctx, cue.end, end).some((v) => !v.particle && v.index < end - 2) && !/^(um|ohne|statt|anstatt)$/i.test(toks[clauseStart(ctx, b, cue.index)]!.text)
    && clauseVerb(ctx, cue.index)) {
    x.quote = [cue.end, end];
    return cue.end - 1;
  }
  // "erklärte der Direktor der Agentur (IEA), Hans Beispiel, Nordland besitze …": the comma inside
  // the speaker's apposition is not the clause break (the syntax layer's phrase spans it)
  const np = k > cue.end ? phraseAt(ctx.syntax.get(toks[k - 1]!.sentence), k - 1) : null;
  if (np && np.kind === 'np' && np.apposition && np.from >= cue.end && np.to > k && np.to < end) k = breakAfter(ctx, np.to, end);
  // verbs that only report ("sagte", "erklärte", "teilte mit") take any clause; the others
  // ("drängt", "warnte", "forderte") only a message: dass/ob, Konjunktiv or zu + infinitive
  // (a cue only in a phrase, "hält es für möglich", "ist der Meinung", wants a message too)
  const reporting = /^(say|report|claim|confirm|announce|concede|deny|believe|accuse)$/.test(cue.act) && !cue.needs;
  // (a reporting verb's clause after the comma is its message unless it is a relative or adverbial clause
  // in the indicative: "bestätigte die Identität des Mannes, der 1963 untertauchte", "meldete …, so dass …")
  // (after a cue in a fronted clause, "Wie die ESA mitteilte, führte …", the main clause opens with its verb;
  // "Wie der Sprecher, Hans Muster, mitteilte, hat …": the apposition hides the clause's "Wie" from the syntax layer)
  const inMain = () => clauseAt(ctx.syntax.get(toks[cue.index]!.sentence), cue.index)?.kind === 'main'
    && !/^(wie|als)$/i.test(toks[b]!.text) && !isSubordinating(toks[b]!.text);
  const adverbial = k < end ? adverbialOnly(ctx, k + 1) : null;
  const dependent = reporting && k < end && (adverbial ?? (dependentOpener(ctx, k + 1, inMain) && !/^subjunctive/.test(clauseMood(verbsIn(ctx, k + 1, end)) ?? '')));
  // ("kritisierte den Plan und kündigte an, …": the verb joined before the comma has the message)
  x.handedOn = verbsIn(ctx, cue.end, k).some((v) => /^(und|oder|sowie)$/.test(toks[v.index - 1]?.text ?? ''));
  if (k < end && !x.handedOn && CLAUSE_BREAK.test(toks[k]!.text) && words(ctx, k + 1, end) >= 2 && (reporting || isMessage(ctx, k + 1, end, true)) && !dependent) {
    x.quote = [k + 1, end];
    // "empfahl den Politikern, die er … beschimpfte, sich …": a relative clause is not the message
    if (RELATIVE.has(toks[k + 1]!.text) && /^\p{Ll}/u.test(toks[k + 2]?.text ?? '')) {
      let j = k + 2;
      while (j < end && !isComma(toks[j])) j++;
      if (j < end - 2) x.quote = [j + 1, end];
      // "nannte man Flugzeuge, die … aufrecht erhielten": a relative clause and nothing after it
      else if (verbFinal(ctx, k + 1, j) && !zuInfinitive(ctx, k + 1, j)) x.quote = null;
    }
  }
  // a cue inside a subordinate clause ("Nachdem erste Berichte von einem Feuer sprachen, hatte sich …
  // herausgestellt") reports only a message of its own, not the main clause after it
  // (so does a cue in a relative clause: "Ein Bescheid, der den Jägern Rechte einräumt, soll …" goes on with its main clause)
  const embedded = () => isSubordinating(toks[clauseStart(ctx, b, cue.index)]!.text)
    || clauseAt(ctx.syntax.get(toks[cue.index]!.sentence), cue.index)?.kind === 'relative';
  // (a clause after it that opens with its finite verb is the main clause going on: "Ein Tief, das über der Bucht
  // gestanden hatte, habe nun das Festland erreicht")
  if (x.quote && embedded()) x.quote = isMessage(ctx, x.quote[0], x.quote[1], true) && !verbsIn(ctx, x.quote[0], x.quote[0] + 1).length ? embeddedMessage(ctx, x.quote) : null;
  return k;
}

/**
 * "Der Minister, der erklärte, die Lage sei stabil, reiste ab": the main clause goes on after an embedded
 * cue's message, with its verb in the indicative right after the last comma ("…, die verletzt wurden,
 * würden ausgeflogen, reiste ab": the Konjunktiv and the relative clause are still the message's).
 */
function embeddedMessage(ctx: Ctx, [from, to]: [number, number]): [number, number] {
  for (let k = to - 2; k > from; k--) {
    if (!isComma(ctx.toks[k])) continue;
    const verb = verbsIn(ctx, k + 1, k + 2)[0];
    if (verb?.mood === 'indicative' && verbsIn(ctx, from, k).length) return [from, k];
  }
  return [from, to];
}

/**
 * Is the cue's clause [cs, k) a source clause set off by commas inside the message's main clause: ", wie X
 * mitteilte,", ", so vermutet X," after words that open that main clause without its verb?
 */
function insertedSource(ctx: Ctx, b: number, cs: number, k: number): boolean {
  const toks = ctx.toks;
  if (cs <= b + 1 || !isComma(toks[cs - 1]) || !/^(wie|so)$/.test(toks[cs]!.text) || !isComma(toks[k])) return false;
  // (the words before hold a main clause's start: a subject alone, or a subject and its finite verb)
  const before = verbsIn(ctx, b, cs - 1);
  return !isSubordinating(toks[b]!.text) && before.length <= 1 && !toks.slice(b, cs - 1).some((t) => CLAUSE_BREAK.test(t.text));
}

/** The syntax layer's subject of the cue's clause when it stands in [b, cs), before the comma piece the cue opens. */
function subjectBeforeClause(ctx: Ctx, cue: Cue, b: number, cs: number): Found | null {
  const subject = cs > b ? clauseSpeaker(ctx, cue.index) : null;
  return subject && subject.from >= b && subject.to <= cs ? subject : null;
}

/** The object of the clause's "aus" phrase: "aus Regierungskreisen verlautete". */
function fromPhrase(ctx: Ctx, at: number): Found | null {
  const clause = clauseAt(ctx.syntax.get(ctx.toks[at]!.sentence), at);
  const pp = clause?.phrases.find((p) => p.kind === 'pp' && p.object && ctx.toks[p.preposition!]!.text.toLowerCase() === 'aus');
  return pp?.object ? phraseFound(pp.object, ctx) : null;
}

/** The first clause break (or quotation) at or after `from`. */
function breakAfter(ctx: Ctx, from: number, end: number): number {
  let k = from;
  while (k < end && !CLAUSE_BREAK.test(ctx.toks[k]!.text) && !ctx.quoted[k]) k++;
  return k;
}

/** (b) The speaker and addressee of a message after the cue (its clause break at `k`), and where the message ends. */
function speakerBeforeMessage(ctx: Ctx, cue: Cue, b: number, end: number, k: number, passive: PassiveCue | null, x: Reading): void {
  const toks = ctx.toks;
  // "Hans Muster, Präsident des Gerichts, sagte, …": past an apposition to the sentence start
  const cs = clauseStart(ctx, b, cue.index);
  // (an inserted source clause, "Der Grund, so vermutet die Zeitung, dürfte …", has its speaker inside it)
  const inserted = insertedSource(ctx, b, cs, k);
  // ("Manfred Berg, der Dekan, hatte … gegenüber der „Welt“ mitgeteilt": the syntax layer's subject before the clause start first)
  const before = inserted ? null : subjectBeforeClause(ctx, cue, b, cs);
  x.speaker = before ?? speakerBefore(ctx, cs, cue.index) ?? sharedSubject(ctx, cue.index) ?? (cs > b && !inserted ? speakerBefore(ctx, b, cue.index) : null);
  // (its message is the sentence around it: "Die Regierung werde, wie der Sprecher mitteilte, am Montag zurücktreten")
  if (inserted) x.quote = [b, x.quote![1]];
  const between = cue.index + 1;
  // ("…, und forderte die Anwohner auf, …", "…, fordern aber …": a verb joined to the clause before shares its subject,
  // as the syntax layer reads it; what follows is its object)
  if (!passive && !x.speaker) x.speaker = sharedSubject(ctx, cue.index);
  // ("Aus EU-Kreisen verlautete, …": where the words came from is their source)
  // ("Aus einem Bericht der Polizei geht hervor, dass …": so does what the words come out of)
  if (!x.speaker && /^(verlauten|hervorgehen)$/.test(cue.lemma)) x.speaker = fromPhrase(ctx, cue.index);
  // ("In einer Erklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet": the document before a relative clause)
  if (passive) { x.speaker = passive.agent ?? documentOf(ctx, cs, k) ?? (cs > b ? documentOf(ctx, b, cs) : null); x.addressee = null; } else if (!x.speaker) {
    x.speaker = speakerAfter(ctx, between, k);
    if (x.speaker) x.addressee = addresseeAfter(ctx, x.speaker.to, k);
    // "Gestern hat eine Sprecherin mitgeteilt, dass …": the subject follows the finite verb before the participle
    const finite = verbsIn(ctx, cs, cue.index)[0];
    if (!x.speaker && finite && finite.index < cue.index - 1) x.speaker = speakerAfter(ctx, finite.index + 1, cue.index);
  } else {
    x.addressee = addresseeAfter(ctx, between, k);
  }
  // ("wies Berichte der Zeitung zurück, er sei …", "lehnte den Vorschlag des Ministers ab, …": what is rejected holds the
  // claim the message tells; the one who rejects it is not its speaker)
  const claim = rejectedClaim(ctx, cue, k);
  if (claim) { x.speaker = claim; x.addressee = null; x.claim = true; }
  // the message ends where another cue begins ("…, sagte er, und fügte hinzu, …") or at a quote
  const nextCue = cuesIn(ctx, k + 1, end).find((c) => isComma(toks[c.index - 1]));
  if (nextCue) x.quote = [inserted ? b : k + 1, nextCue.index - 1];
  // "…, sie müssten nachgeben und bemühte das Bild …": a new main clause of the speaker ends the message
  const quote = x.quote!;
  const verbs = verbsIn(ctx, quote[0], quote[1]);
  const joined = verbs.find((v) => v.index > quote[0] + 1 && toks[v.index - 1]!.text === 'und' && v.mood === 'indicative' && /^\p{Ll}/u.test(toks[v.index]!.text)
    && verbs.some((w) => w.index < v.index && w.mood !== 'indicative'));
  if (joined) x.quote = [quote[0], joined.index - 1];
}

/**
 * The noun phrase a rejecting or denying cue takes as its object right before the comma of the message ("wies die
 * Darstellung zurück, die Ausländer seien …", "bestritt die Annahme, dass …", "lehnte den Vorschlag Selenskyjs ab, …"):
 * one whose noun names a claim (data/de/claim-nouns.tsv and the source nouns), not a pronoun ("wies das zurück"). A
 * message in the rejecter's own voice ("…, man habe sich an die Gesetze gehalten", "…, unsere Zahlen stimmten") stays theirs.
 */
function rejectedClaim(ctx: Ctx, cue: Cue, comma: number): Found | null {
  if (!/^(reject|deny)$/.test(cue.act)) return null;
  const clause = clauseAt(ctx.syntax.get(ctx.toks[cue.index]!.sentence), cue.index);
  const object = clause?.accusative;
  if (!clause || !object || object.pronoun) return null;
  // (between the finite verb and the comma, a particle or participle after it: "hat Berichte der Zeitung zurückgewiesen, …")
  const finite = clause.verb.finite ?? cue.index;
  if (object.from <= finite || object.to > comma || comma - object.to > 2) return null;
  // (a claim, not an act: "lehnt einen Verkauf der Wohnungen ab, ein Verkauf von Anteilen sei …" is the speaker's own;
  // the claim's noun may stand before a name in the genitive, which the syntax layer reads as the head: "den Vorschlag Selenskyjs")
  let claim = false;
  for (let k = object.from; k <= object.head && !claim; k++) claim = /^\p{Lu}/u.test(ctx.toks[k]!.text) && ctx.words.isClaimNoun(ctx.toks[k]!.text);
  if (!claim || OWN_VOICE.test(ctx.toks[comma + 1]?.text ?? '')) return null;
  return phraseFound(object, ctx);
}

/** Words opening a message in its speaker's own voice: "man", the first person, a possessive of the rejecter ("sein Mandant"). */
const OWN_VOICE = /^(?:man|wir|ich|unser|unsere|unserer|unseren|unserem|mein|meine|meinen|meinem|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)$/i;

/** "In einem Bericht der Zeitung wurde vermutet, dass …": a passive cue without an agent speaks through the document its clause names. */
function documentOf(ctx: Ctx, from: number, to: number): Found | null {
  const doc = documentSource(ctx, from, to);
  // (its first noun is the document: "In Berlin wurde nach dem Bericht vermutet" names a place, not a report)
  const noun = doc ? ctx.toks.slice(doc.from, doc.to).find((t) => /^\p{Lu}/u.test(t.text)) : undefined;
  return doc && noun && ctx.words.isSourceNoun(noun.text) ? doc : null;
}

/** Where the coordinated clause of the verb at `at` starts, past its conjunction ("… und verwies auf …"). */
function coordinatedStart(ctx: Ctx, at: number): number {
  const clause = clauseAt(ctx.syntax.get(ctx.toks[at]!.sentence), at);
  const from = clause?.introducer !== null && clause?.introducer !== undefined ? clause.introducer + 1 : clause?.from ?? at;
  return Math.min(from, at);
}

/** The subject a clause takes over from the one it is joined to ("sagte X und betonte …"), as the syntax layer reads it. */
function sharedSubject(ctx: Ctx, at: number): Found | null {
  const clause = clauseAt(ctx.syntax.get(ctx.toks[at]!.sentence), at);
  return clause?.subjectShared && clause.subject ? phraseFound(clause.subject, ctx) : null;
}

/** (c) A reported speech act: the clause around the cue, speaker included ("Peskow bestätigte die Vorbereitungen …"). */
function reportedAct(ctx: Ctx, cue: Cue, b: number, end: number, x: Reading, acted?: (speaker: Found) => void): void {
  const toks = ctx.toks;
  const cs0 = clauseStart(ctx, b, cue.index);
  // ("Die Rothemden begrüßten die Ankündigung, fordern aber die Nennung eines Datums": the subject the clause shares, not its object)
  const own0 = speakerBefore(ctx, cs0, cue.index);
  const shared = own0 ? null : sharedSubject(ctx, cue.index);
  // ("Die Anwältin, die … vertritt, nennt das Ereignis …": the syntax layer's subject past a relative clause)
  const before = subjectBeforeClause(ctx, cue, b, cs0);
  let speaker = own0 ?? shared ?? before ?? (cs0 > b && isComma(toks[cs0 - 1]) ? apposedSubject(ctx, b, cs0) : null) ?? speakerAfter(ctx, cue.index + 1, end);
  let from = cue.index + 1;
  if (speaker && speaker.from > cue.index) from = speaker.to;
  // "von Trump": the addressee of a demand
  if (toks[from]?.text === 'von' && ctx.mentionAt.get(from + 1)) {
    x.addressee = { from: from + 1, to: ctx.mentionAt.get(from + 1)!.end, m: ctx.mentionAt.get(from + 1)!.m };
    from = x.addressee.to;
  }
  let to = cue.end > cue.index + 1 ? cue.end - 1 : end;
  // "…, während die EU-Staaten den Vorstoß begrüßten": a verb closing its clause has its message before it
  // (a finite verb only: "hat ihre Bereitschaft erklärt" is told as an event, not as a statement)
  const clauseFinal = cue.end === cue.index + 1 && (cue.index + 1 >= end || CLAUSE_BREAK.test(toks[cue.index + 1]!.text))
    && !(verbReadings(toks[cue.index]!.text).some((r) => r.tense === 'PA2')
      && toks.slice(clauseStart(ctx, b, cue.index), cue.index).some((t) => AUXILIARY.test(t.text)));
  // (not ", wie Reporter von Fox News und „Politico“ meldeten": a source clause, its nouns are the sources)
  const cs = clauseStart(ctx, b, cue.index);
  // "…, während die EU-Staaten den Vorstoß begrüßten": the subject follows the conjunction
  if (clauseFinal && !speaker && /^\p{Ll}/u.test(toks[cs]!.text) && isSubordinating(toks[cs]!.text)) speaker = speakerBefore(ctx, cs + 1, cue.index);
  if (clauseFinal && speaker && speaker.to < cue.index && !/^(wie|Wie)$/.test(toks[cs]!.text) && !/^(und|oder|sowie)$/.test(toks[speaker.to]!.text)) { from = speaker.to; to = cue.index; }
  if (to <= from) to = end;
  // ("kritisierte den Plan und kündigte an, …": the act ends where a joined verb begins its own)
  const joined = verbsIn(ctx, from, to).find((v) => v.index > from && /^(und|oder|sowie)$/.test(toks[v.index - 1]!.text));
  if (joined) to = joined.index - 1;
  from = messageStart(ctx, cue, from, to);
  const message = toks.slice(from, to);
  // (a denial in the act's own clause: "nicht" in another clause of the sentence is not its)
  // ("hält den Plan für nicht akzeptabel": a negated predicate is what the act says)
  const negated = toks.slice(clauseStart(ctx, b, cue.index), Math.max(to, cue.end)).some((t, k, all) => (t.text === 'nicht' || t.text === 'nichts') && !/^(als|für)$/.test(all[k - 1]?.text ?? ''));
  // the message is the speech act as the clause tells it, speaker included ("Peskow bestätigte die Vorbereitungen …")
  // (whether it says something is read in the act's own clause; a Konjunktiv clause after it is its content:
  // "kritisierte die Regierung, weil sie zu spät handle")
  const own = Math.min(to, clauseEnd(ctx, cue.index));
  const content = /^subjunctive/.test(clauseMood(verbsIn(ctx, own, to)) ?? '');
  const target = !content && namesOnly(cue, toks.slice(from, own), toks.slice(clauseStart(ctx, b, cue.index), own), !!x.handedOn);
  if (words(ctx, from, to) >= 2 && speaker && !negated && message.some((t) => /^\p{Lu}/u.test(t.text))) {
    if (target) acted?.(speaker);
    else {
      // (a shared subject stands in the clause before: the act's own clause starts after its conjunction)
      const start = speaker === shared ? coordinatedStart(ctx, cue.index) : Math.min(speaker.from, clauseStart(ctx, b, cue.index));
      x.quote = [start, Math.max(to, cue.end)];
      x.form = 'reported';
    }
  }
  x.speaker = speaker;
}

/** A reported speech act in the passive, its agent the speaker: the clause as told, up to the participle. */
function passiveAct(ctx: Ctx, cue: Cue, b: number, known: Found | null, x: Reading): void {
  // (an agent that is no actor mention, "von der Opposition", as the syntax layer reads it)
  const clause = clauseAt(ctx.syntax.get(ctx.toks[cue.index]!.sentence), cue.index);
  const agent = known ?? (clause?.agent ? phraseFound(clause.agent, ctx) : null);
  const from = clauseStart(ctx, b, cue.index);
  // ("wird von einer hohen Gefahr ausgegangen": "von" is the verb's own object; "vom Gericht zu … verurteilt" a verdict)
  if (!agent || cue.npPrepositions?.some((p) => /^(von|vom)$/.test(p)) || (cue.lemma === 'verurteilen' && ctx.toks.slice(from, cue.index).some((t) => /^(zu|zum|zur)$/.test(t.text)))) return;
  const negated = ctx.toks.slice(from, cue.end).some((t) => t.text === 'nicht' || t.text === 'nichts');
  if (negated || words(ctx, from, cue.index) < 4) return;
  x.quote = [from, cue.end];
  x.form = 'reported';
  x.speaker = agent;
}

/** Where the noun-phrase message of a reported speech act starts: past a reflexive, a place or a time. */
function messageStart(ctx: Ctx, cue: Cue, from: number, to: number): number {
  const toks = ctx.toks;
  // "nennt sich …", "äußerte sich in Brüssel": a reflexive name or a place or time is no message
  if (toks[from]?.text === 'sich' && (cue.lemma === 'nennen' || cue.lemma === 'bezeichnen')) from = to;
  while (toks[from]?.text === 'sich') from++;
  if (cue.npPrepositions && !toks.slice(from, to).some((t) => cue.npPrepositions!.includes(t.text))) from = to;
  // "gab am Montag, dem 27. März, die Einstellung bekannt": past a time or place ("warnte vor" keeps its "vor")
  while (from < to && PLACE_OR_TIME.test(toks[from]!.text) && !(cue.act === 'warn' && toks[from]!.text === 'vor') && !cue.npPrepositions?.includes(toks[from]!.text)) {
    from++;
    while (from < to && !/^\p{Lu}/u.test(toks[from]!.text)) from++;
    if (from < to) from++;
    // ("am Montag, dem 27. März, …": an apposition of the date, not a list of places)
    if (from < to - 1 && isComma(toks[from]) && /^(dem|den)$/.test(toks[from + 1]!.text)) { from++; while (from < to && !isComma(toks[from])) from++; if (from < to) from++; }
  }
  return from;
}

/**
 * A clause of time, cause or means after the comma ("wurde bekannt, als er gewählt wurde", "bestritt das,
 * indem er sagte, …") is no message unless it is in Konjunktiv or its main clause follows, verb first
 * ("sagte, indem man die Steuern senke, stärke man …"). Null when the clause is none of these (an adverb
 * "da", "als Kanzler").
 */
function adverbialOnly(ctx: Ctx, at: number): boolean | null {
  if (!/^(als|weil|da|sobald|indem|zumal)$/.test(ctx.toks[at]?.text ?? '')) return null;
  const end = clauseEnd(ctx, at);
  if (!verbFinal(ctx, at, end)) return null;
  // (in Konjunktiv the clause is the speaker's reason: "erklärte den Vertrag für nichtig, weil die Versicherung es versäumt habe")
  if (/^subjunctive/.test(clauseMood(verbsIn(ctx, at, end)) ?? '')) return false;
  return !(isComma(ctx.toks[end]) && verbsIn(ctx, end + 1, end + 2).length > 0);
}

/**
 * Does a relative or adverbial clause open at `at` ("der 1963 …", "welches …", "so dass …", "nachdem …"),
 * or, after a cue in a main clause, a predicate joined to it ("…, beharren aber auf …")?
 */
function dependentOpener(ctx: Ctx, at: number, cueInMainClause: () => boolean): boolean {
  const first = ctx.toks[at]?.text ?? '';
  const next = ctx.toks[at + 1];
  if (first === 'so') return next?.text === 'dass';
  if (RELATIVE_ADVERBS.has(first) || /^welch/.test(first)) return true;
  // (a relative clause ends in its finite verb: "der 1963 untertauchte"; "die meisten Flüge fallen aus" is a message)
  // ("kündigte an, die Preise zu erhöhen": an article before a zu-infinitive's object, no relative clause)
  if (RELATIVE.has(first)) return !!next && next.text !== 'zufolge' && verbFinal(ctx, at, clauseEnd(ctx, at)) && !zuInfinitive(ctx, at, clauseEnd(ctx, at));
  // ("sagte, wenn die Zahlen steigen, wird …": a condition can open the message; these clauses cannot)
  // ("gab bekannt, um die Verschlüsselung zu knacken": a clause of purpose is none either)
  if (/^(nachdem|obwohl|obgleich|sodass|bevor|seit|seitdem|während|bis|darunter|um|ohne|statt|anstatt)$/.test(first)) return true;
  // "…, bei dem ein Tourist ums Leben kam", "…, in welchem …": a preposition with a relative pronoun
  if (next && ctx.words.prepositions.has(first) && (RELATIVE.has(next.text) || /^welch/.test(next.text))) return verbFinal(ctx, at + 1, clauseEnd(ctx, at)) && !zuInfinitive(ctx, at, clauseEnd(ctx, at));
  // "bestritten den Vorwurf, beharren aber auf …": a predicate joined to the clause before, no message
  // (asked last: the clause lookup is needed only for a lower-case word after the comma)
  if (!/^\p{Ll}/u.test(first)) return false;
  const verb = verbsIn(ctx, at, at + 1)[0];
  return !!verb && verb.mood === 'indicative' && cueInMainClause();
}

/**
 * "Der Präsident der Union, Alpha Konaré, nannte …": the subject and its apposition between commas
 * before the clause that starts at `cs` (not a subordinate clause: "Als er kam, nannte …").
 */
export function apposedSubject(ctx: Ctx, b: number, cs: number): ReturnType<typeof speakerBefore> {
  const first = clauseStart(ctx, b, cs - 1);
  if (first === b || !isComma(ctx.toks[first - 1]) || clauseStart(ctx, b, first - 1) !== b) return null;
  if (verbsIn(ctx, b, cs).length) return null;
  return speakerBefore(ctx, b, first - 1);
}

/**
 * Does a reported act only name what it aims at or announces, rather than say something of it? A criticism,
 * rejection or praise of a noun phrase ("kritisierte den Plan", "wies die Vorwürfe zurück": events of their
 * own, ACCUSE and REJECT); a statement, confirmation, report or announcement of a bare noun phrase ("erklärte
 * den Rücktritt", "bestätigte den Vorfall", "gab die Fusion bekannt"), or of one that the message of a verb
 * joined to it tells ("bestätigte das Telefonat und gab bekannt, …"). "wies die Vorwürfe als haltlos zurück",
 * "sprach von einer Krise", "bestätigte die Vorbereitungen für das Gespräch" say something of it.
 */
function namesOnly(cue: Cue, message: readonly { text: string }[], clause: readonly { text: string }[], handedOn: boolean): boolean {
  // ("Als Grund nannte Erdoğan die Lage": a predicate may open the clause; "um mehr als 30 Prozent" is none)
  // ("nennt das Ereignis einen Justizskandal": "nennen" with two objects says what the first is)
  // (not two joined by "und": "nannte die Zahl der Toten und die Namen der Opfer")
  const twoObjects = cue.lemma === 'nennen' && message.filter((t, k) => /^(den|die|das|einen|eine|ein|ihn|sie|es|dies|diese|diesen)$/.test(t.text)
    && !/^(und|oder|sowie|,)$/.test(message[k - 1]?.text ?? '')).length >= 2;
  const predicate = twoObjects || clause.some((t, k) => /^(als|Als)$/.test(t.text) && !/^(mehr|weniger|eher|anders)$/.test(clause[k - 1]?.text ?? ''));
  if (TARGET_ACTS.test(cue.act) || (handedOn && NAMING_ACTS.test(cue.act))) return !predicate;
  // (a prepositional phrase in the message tells more than a name: "sprach von einer Krise", "bestätigte die Vorbereitungen für das Gespräch")
  return NAMING_ACTS.test(cue.act) && !predicate && !message.some((t) => /^(für|von|vom|über|auf|mit)$/.test(t.text));
}

/** Speech acts whose noun-phrase object may only name what they announce or confirm. */
const NAMING_ACTS = /^(confirm|report|announce|say)$/;

/** Speech acts whose noun-phrase object is their target. */
const TARGET_ACTS = /^(criticize|reject|praise)$/;

const PLACE_OR_TIME = /^(in|im|am|an|bei|beim|nach|seit|während|vor|um|gegen|auf)$/;

/** Does the clause [from, to) end in its finite verb (a relative or subordinate clause)? */
function verbFinal(ctx: Ctx, from: number, to: number): boolean {
  while (to > from && ctx.toks[to - 1]!.kind !== 'word') to--;
  const verbs = verbsIn(ctx, from, to);
  return verbs.length > 0 && verbs[0]!.index >= to - 2 && verbs[0]!.index > from + 1;
}

interface PassiveCue { agent: Found | null }

/**
 * Is the cue a participle in a passive ("wurde vorgeworfen", "berichtet wurde", "wird … kritisiert")?
 * Then its agent ("von der Polizei", "durch das Gericht"), if the clause names one.
 */
function passiveAgent(ctx: Ctx, cue: Cue, b: number): PassiveCue | null {
  const toks = ctx.toks;
  const from = clauseStart(ctx, b, cue.index);
  const to = clauseEnd(ctx, cue.index);
  if (!passiveAt(toks, cue.index, from, to)) return null;
  for (let k = from; k < to - 1; k++) {
    if (!/^(von|vom|durch|seitens)$/i.test(toks[k]!.text)) continue;
    const hit = ctx.mentionAt.get(k + 1) ?? (/^(der|dem|den|einem|einer)$/.test(toks[k + 1]!.text) ? ctx.mentionAt.get(k + 2) : undefined);
    if (hit) return { agent: { from: k + 1, to: hit.end, m: hit.m } };
  }
  // ("Von den Behörden wird angenommen", "Von Seiten der Delegation war vorgeworfen worden": the syntax layer's agent,
  // if it can speak: "Von schweren Kämpfen wurde berichtet" names the topic)
  const clause = clauseAt(ctx.syntax.get(toks[cue.index]!.sentence), cue.index);
  const agent = clause?.verb.voice === 'passive' ? passiveAgentOf(ctx, clause.agent) : null;
  const found = agent && !agent.pronoun ? phraseFound(agent, ctx) : null;
  return { agent: found && canSpeak(ctx, found) ? found : null };
}

const RELATIVE = RELATIVE_PRONOUNS;
const ADVERBIAL = /^(?:wie|bis|und|aber)$/;

/** Does [from, end) read as a reported message: "dass …", or a clause in Konjunktiv not opened by an adverbial conjunction? */
export function isMessage(ctx: Ctx, from: number, end: number, infinitive = false): boolean {
  const first = ctx.toks[from]?.text.toLowerCase();
  // (", wonach …", ", womit …": a relative clause on a noun before, not the cue's message)
  if (!first || ADVERBIAL.test(first) || (isSubordinating(first) && first !== 'ob') || RELATIVE_ADVERBS.has(first) || /^(um|ohne|statt|anstatt)$/.test(first)) return false;
  if (first === 'dass' || first === 'ob') return true;
  // "…, keine Zugeständnisse zu machen", "…, sich besser abzusprechen"
  if (infinitive && ctx.toks.slice(from, end).some((t, k, all) => verbReadings(t.text).some((r) => r.tense === 'EIZ')
    || (t.text === 'zu' && verbReadings(all[k + 1]?.text ?? '').some((r) => r.tense === 'INF')))) return true;
  const mood = clauseMood(verbsIn(ctx, from, end));
  return mood === 'subjunctive1' || mood === 'subjunctive2';
}

