// The state the finders share while they scan an article sentence by sentence: the article's
// quotations and headings, the statements found so far and what they used up. The finders are
// order-sensitive through it (a later one sees what an earlier one told), which is why the
// configuration lists them in the order they run.
import type { Document, Mention, Statement } from '../document/types.js';
import type { Region } from './context.js';
import type { SentenceAt } from './types.js';
import { cutAtQuote } from './refiners/speaker-at-quote.js';

/** The last attributed speaker, for cue-less continuations: the sentence it ended in. */
export interface LastSpeaker { speaker: Statement['speaker']; sentence: number; paragraph: number }

export class StatementScan {
  /** The statements in the order found. */
  readonly statements: Statement[] = [];
  last: LastSpeaker | null = null;
  /** Sentences a statement was found in or took its message from (no second statement from them). */
  readonly told = new Set<number>();
  /** The statements added, by the sentence their message starts in (and the sentences a run extended it over). */
  readonly bySentence = new Map<number, Statement[]>();
  /** Cue verbs a statement already used: no second, indirect statement from them. */
  readonly usedCues = new Set<number>();
  /** The direct quotations told so far, with their statements. */
  readonly directs: Array<{ r: Region; statement: Statement }> = [];
  /** Quotations inside a reported clause a cue before them opens: told with that clause, then as a part of it. */
  readonly inMessage = new Set<Region>();
  /** The first quotation region the direct-quote finder has not looked at yet. */
  nextRegion = 0;
  /** Heading sentences, and the title (-1). */
  readonly headings = new Set<number>([-1]);
  /** Quotations told as statements of their own inside another statement's message: the one they stand in. */
  readonly hosts = new Map<Statement, Statement>();
  /** Each actor's mentions, in text order. */
  readonly mentionsOf = new Map<string, Mention[]>();

  constructor(
    readonly doc: Pick<Document, 'text' | 'paragraphs' | 'sentences'>,
    /** Quotation regions in text order (a region inside another is left out). */
    readonly regions: readonly Region[],
    readonly mentions: readonly Mention[],
    /** Looks a statement over as it is added, before later finders see it (its speaker, say). */
    private readonly review: (s: Statement) => void = () => {},
  ) {
    for (const m of mentions) if (m.actor) { const l = this.mentionsOf.get(m.actor) ?? []; l.push(m); this.mentionsOf.set(m.actor, l); }
    doc.sentences.forEach((x, i) => { if (doc.paragraphs[x.paragraph]?.heading) this.headings.add(i); });
  }

  paragraphOf(sentence: number): number {
    return sentence < 0 ? -1 : this.doc.sentences[sentence]!.paragraph;
  }

  /** Adds a statement a finder found (a message under four characters is none) and remembers what it told. */
  add(s: Statement): void {
    if (s.quote[1] - s.quote[0] < 4) return;
    this.review(s);
    cutAtQuote(s, this.doc.text);
    this.statements.push(s);
    this.told.add(s.sentence);
    const list = this.bySentence.get(s.sentence);
    if (list) list.push(s); else this.bySentence.set(s.sentence, [s]);
    if (s.speaker) this.last = { speaker: s.speaker, sentence: s.sentence, paragraph: this.paragraphOf(s.sentence) };
  }

  /** One spoke in the sentence without a statement of its own ("wies den Vorwurf zurück"): a continuation goes on with them. */
  spoke(speaker: Statement['speaker'], sentence: number): void {
    if (speaker) this.last = { speaker, sentence, paragraph: this.paragraphOf(sentence) };
  }

  /** Extends a statement's message over the next sentence of a run ("… Es sei auch um … gegangen"), which it then told. */
  extend(s: Statement, sentence: number, end: number): void {
    s.quote = [s.quote[0], end];
    this.told.add(sentence);
    const list = this.bySentence.get(sentence);
    if (list) list.push(s); else this.bySentence.set(sentence, [s]);
  }

  /** Takes back one statement (a source named later tells who spoke instead); its sentence is free again when nothing else told it. */
  remove(s: Statement): void {
    const at = this.statements.indexOf(s);
    if (at >= 0) this.statements.splice(at, 1);
    const list = (this.bySentence.get(s.sentence) ?? []).filter((x) => x !== s);
    if (list.length) this.bySentence.set(s.sentence, list);
    else { this.bySentence.delete(s.sentence); this.told.delete(s.sentence); }
  }

  /**
   * Takes back what a sentence told, if every statement of it passes `weak` (a Konjunktiv sentence
   * no one introduced, which a later "Das erklärte X." attributes): true if the sentence is free again.
   */
  retract(sentence: number, weak: (s: Statement) => boolean): boolean {
    const told = this.bySentence.get(sentence) ?? [];
    if (!told.length || !told.every((s) => s.sentence === sentence && weak(s))) return false;
    for (const s of told) this.statements.splice(this.statements.indexOf(s), 1);
    this.bySentence.delete(sentence);
    this.told.delete(sentence);
    return true;
  }

  /** Has the sentence spoken already: a statement of its own, or mostly quotation? Then nothing continues in it. */
  spoken(at: SentenceAt): boolean {
    return this.statements.length > at.made || at.mostlyQuoted;
  }
}
