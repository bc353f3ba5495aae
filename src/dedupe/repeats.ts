// Repeated content inside one article: wire stories are often assembled from earlier
// versions, and a paragraph can appear twice, reworded slightly (", versprach er.").
// Later stages skip what is marked here, so nothing is counted twice.
import type { Paragraph, Sentence } from '../document/types.js';
import { comparableWords, shingleHashes } from './words.js';
import { overlap } from './minhash.js';

/** Sørensen–Dice over word multisets. */
function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) { shared++; counts.set(w, c - 1); }
  }
  return (2 * shared) / (a.length + b.length);
}

const MIN_WORDS = 5;
const SAME_SENTENCE = 0.8;
/** A paragraph is a repeat when this share of its words sits in repeated sentences… */
const REPEATED_SHARE = 0.3;
/** …or this share of its 3-word shingles occurs in one earlier paragraph (a reworded copy). */
const SHINGLE_CONTAINMENT = 0.4;
const MIN_PARAGRAPH_WORDS = 12;

export function markRepeats(text: string, paragraphs: Paragraph[], sentences: Sentence[]): void {
  const words = sentences.map((s) => comparableWords(text.slice(s.span[0], s.span[1])));
  const exact = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    const w = words[i]!;
    if (w.length < MIN_WORDS) continue;
    const key = w.join(' ');
    const first = exact.get(key);
    if (first !== undefined) { sentences[i]!.repeatOf = first; continue; }
    exact.set(key, i);
    for (let j = 0; j < i; j++) {
      const v = words[j]!;
      if (v.length < MIN_WORDS || sentences[j]!.paragraph === sentences[i]!.paragraph) continue;
      if (Math.min(v.length, w.length) / Math.max(v.length, w.length) < SAME_SENTENCE * 0.8) continue;
      if (dice(v, w) >= SAME_SENTENCE) { sentences[i]!.repeatOf = sentences[j]!.repeatOf ?? j; break; }
    }
  }
  // paragraphs: mostly made of sentences seen before → the paragraph repeats the one most of them came from
  const byParagraph = new Map<number, number[]>();
  sentences.forEach((s, i) => byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), i]));
  for (const [p, idx] of byParagraph) {
    const total = idx.reduce((n, i) => n + words[i]!.length, 0);
    const repeated = idx.filter((i) => sentences[i]!.repeatOf !== null);
    const share = repeated.reduce((n, i) => n + words[i]!.length, 0) / Math.max(1, total);
    if (!repeated.length || share < REPEATED_SHARE) continue;
    const sources = repeated.map((i) => sentences[sentences[i]!.repeatOf!]!.paragraph);
    const source = sources.sort((a, b) => sources.filter((x) => x === b).length - sources.filter((x) => x === a).length)[0]!;
    if (source < p) paragraphs[p]!.repeatOf = paragraphs[source]!.repeatOf ?? source;
  }
  const shingled = paragraphs.map((para) => {
    const w = comparableWords(text.slice(para.span[0], para.span[1]));
    return w.length >= MIN_PARAGRAPH_WORDS ? shingleHashes(w, 3) : null;
  });
  for (let p = 1; p < paragraphs.length; p++) {
    const mine = shingled[p];
    if (!mine || paragraphs[p]!.repeatOf !== null) continue;
    for (let q = 0; q < p; q++) {
      const theirs = shingled[q];
      if (theirs && overlap(mine, theirs).containment >= SHINGLE_CONTAINMENT) {
        paragraphs[p]!.repeatOf = paragraphs[q]!.repeatOf ?? q;
        break;
      }
    }
  }
}
