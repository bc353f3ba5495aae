// Repeated content inside one article: wire stories are often assembled from earlier
// versions, and a paragraph can appear twice, reworded slightly (", versprach er.").
// Later stages skip what is marked here, so nothing is counted twice.
// Both passes index what they have seen, so the cost grows with the article's length,
// not with its square.
import type { Paragraph, Sentence } from '../document/types.js';
import { comparableWords, shingleHashes } from './words.js';

const MIN_WORDS = 5;
const SAME_SENTENCE = 0.8;
/** Words this long carry content; candidates must share them before Dice is computed. */
const CONTENT_WORD = 5;
/** A word in more sentences than this says nothing about which sentence repeats which
 * ("Ukraine", "Präsident"): it is no longer followed, which keeps long articles linear. */
const MAX_POSTINGS = 24;
/** A paragraph is a repeat when this share of its words sits in repeated sentences… */
const REPEATED_SHARE = 0.3;
/** …and the rest of it retells the source paragraph: this share of its content words is there. */
const RETOLD_SHARE = 0.5;
/** Or this share of its 3-word shingles occurs in one earlier paragraph (a close copy). */
const SHINGLE_CONTAINMENT = 0.6;
const MIN_PARAGRAPH_WORDS = 12;

export function markRepeats(text: string, paragraphs: Paragraph[], sentences: Sentence[]): void {
  const words = sentences.map((s) => comparableWords(text.slice(s.span[0], s.span[1])));
  markRepeatedSentences(sentences, words);
  markRepeatedParagraphs(paragraphs, sentences, words);
}

/** Sentences with (nearly) the same words as an earlier one in another paragraph: Dice ≥ 0.8. */
function markRepeatedSentences(sentences: Sentence[], words: string[][]): void {
  const sets = words.map((w) => new Set(w));
  const postings = new Map<string, number[]>();
  for (let i = 0; i < sentences.length; i++) {
    if (words[i]!.length < MIN_WORDS) continue;
    const mine = sets[i]!;
    const shared = new Map<number, number>();
    let informative = 0;
    for (const w of mine) {
      if (w.length < CONTENT_WORD) continue;
      const list = postings.get(w);
      if (list && list.length > MAX_POSTINGS) continue;
      informative++;
      for (const j of list ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = SAME_SENTENCE;
    for (const [j, n] of shared) {
      // a repeat shares most of its informative words; skip the rest without comparing
      if (n < informative * 0.5 || sentences[j]!.paragraph === sentences[i]!.paragraph) continue;
      let common = 0;
      for (const w of sets[j]!) if (mine.has(w)) common++;
      const score = (2 * common) / (mine.size + sets[j]!.size);
      if (score > bestScore || (score === bestScore && best < 0)) { best = j; bestScore = score; }
    }
    if (best >= 0) sentences[i]!.repeatOf = sentences[best]!.repeatOf ?? best;
    for (const w of mine) {
      if (w.length < CONTENT_WORD) continue;
      const list = postings.get(w);
      if (!list) postings.set(w, [i]);
      else if (list.length <= MAX_POSTINGS) list.push(i);
    }
  }
}

function markRepeatedParagraphs(paragraphs: Paragraph[], sentences: Sentence[], words: string[][]): void {
  const byParagraph: number[][] = paragraphs.map(() => []);
  sentences.forEach((s, i) => byParagraph[s.paragraph]?.push(i));
  /** A paragraph that quotes an earlier one but adds new facts is no repeat: what it says
   * beyond its repeated sentences must be (mostly) in the source paragraph too. */
  const retells = (p: number, source: number): boolean => {
    const sourceWords = new Set(byParagraph[source]!.flatMap((i) => words[i]!));
    const rest = byParagraph[p]!.filter((i) => sentences[i]!.repeatOf === null).flatMap((i) => words[i]!)
      .filter((w) => w.length >= CONTENT_WORD);
    return !rest.length || rest.filter((w) => sourceWords.has(w)).length / rest.length >= RETOLD_SHARE;
  };
  // where each 3-word shingle first occurred
  const firstSeen = new Map<number, number>();
  byParagraph.forEach((idx, p) => {
    const paragraphWords = idx.flatMap((i) => words[i]!);
    // mostly made of sentences seen before → a repeat of the paragraph most of them came from
    const repeated = idx.filter((i) => sentences[i]!.repeatOf !== null);
    const share = repeated.reduce((n, i) => n + words[i]!.length, 0) / Math.max(1, paragraphWords.length);
    if (repeated.length && share >= REPEATED_SHARE) {
      const from = new Map<number, number>();
      for (const i of repeated) { const q = sentences[sentences[i]!.repeatOf!]!.paragraph; from.set(q, (from.get(q) ?? 0) + 1); }
      const source = [...from.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      if (source < p && retells(p, source)) paragraphs[p]!.repeatOf = paragraphs[source]!.repeatOf ?? source;
    }
    if (paragraphWords.length < MIN_PARAGRAPH_WORDS) return;
    const mine = new Set(shingleHashes(paragraphWords, 3));
    if (paragraphs[p]!.repeatOf === null) {
      const hits = new Map<number, number>();
      for (const h of mine) { const q = firstSeen.get(h); if (q !== undefined) hits.set(q, (hits.get(q) ?? 0) + 1); }
      for (const [q, n] of [...hits.entries()].sort((a, b) => a[0] - b[0])) {
        if (n / mine.size >= SHINGLE_CONTAINMENT && retells(p, q)) { paragraphs[p]!.repeatOf = paragraphs[q]!.repeatOf ?? q; break; }
      }
    }
    for (const h of mine) if (!firstSeen.has(h)) firstSeen.set(h, p);
  });
}
