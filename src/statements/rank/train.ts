// Fitting the speaker ranker on an annotated corpus: every article runs through the whole
// pipeline with an observer on the ranking refiner; each statement found is paired with the
// annotated statement it tells (same cue, or a message that overlaps half or more), and the
// candidate whose words overlap the annotated speaker most is the right one ("nobody" when the
// annotation has no speaker). A statement whose speaker no candidate reaches is kept for
// measuring but teaches nothing.
import type { Span } from '../../document/types.js';
import type { KnowledgeBase } from '../../actors/kb.js';
import { analyze, makeAnalyzer } from '../../pipeline/prepare.js';
import { bestOverDefault, train, type RankingExample, type Weights } from '../../learn/perceptron.js';
import type { AnnotatedDocument, GoldStatement } from './corpora.js';
import type { RankedStatement } from './refiner.js';

/** A ranked statement with how well each candidate matches the annotated speaker (0…1); gold -1: none does. */
export interface SpeakerExample extends RankingExample { quality: number[] }

/** Runs the pipeline over annotated documents and turns their statements into examples. */
export function speakerExamples(docs: Iterable<AnnotatedDocument>, kb: KnowledgeBase, onDocument?: () => void): SpeakerExample[] {
  let observed: RankedStatement[] = [];
  const analyzer = makeAnalyzer({ observeSpeakers: (ranked) => { observed = ranked; } });
  const out: SpeakerExample[] = [];
  for (const doc of docs) {
    observed = [];
    analyze({ source: doc.name, origin: doc.name, format: 'jsonl', text: doc.text, published: doc.published }, kb, analyzer);
    for (const r of observed) {
      const gold = pairedGold(r, doc.gold);
      if (gold) out.push(example(r, gold));
    }
    onDocument?.();
  }
  return out;
}

/** The annotated statement a found one tells: a shared cue word counts 1, the message overlap (Dice) adds to it. */
function pairedGold(r: RankedStatement, gold: readonly GoldStatement[]): GoldStatement | null {
  const s = r.statement;
  const cue = s.cue ? [s.cue.span, ...(s.cue.parts ?? [])] : [];
  let top: GoldStatement | null = null;
  let topScore = 0.5;
  for (const g of gold) {
    const score = (overlap(cue, g.cue) > 0 ? 1 : 0) + dice([s.quote], g.quote);
    if (score >= topScore) { top = g; topScore = score; }
  }
  return top;
}

function example(r: RankedStatement, gold: GoldStatement): SpeakerExample {
  const quality = r.candidates.map((c) => {
    if (!gold.speaker.length) return c.speaker ? 0 : 1;
    return c.speaker ? dice([c.speaker.span], gold.speaker) : 0;
  });
  // the best match; a tie goes to the earlier candidate (the rules' choice is first)
  let goldIndex = -1;
  quality.forEach((q, i) => { if (q > 0 && (goldIndex < 0 || q > quality[goldIndex]!)) goldIndex = i; });
  return { candidates: r.features, gold: goldIndex, quality };
}

export function fitSpeakers(examples: readonly SpeakerExample[], epochs: number): Map<string, number> {
  return train(examples.filter((e) => e.gold >= 0), { epochs, seed: 1 });
}

/** How well the choices match the annotated speakers: mean overlap, and the share of right choices. */
export interface SpeakerScore { statements: number; reachable: number; rules: number; model: number; oracle: number; rulesRight: number; modelRight: number }

export function measureSpeakers(examples: readonly SpeakerExample[], weights: Weights, margin: number): SpeakerScore {
  const n = Math.max(1, examples.length);
  let rules = 0, model = 0, oracle = 0, rulesRight = 0, modelRight = 0, reachable = 0;
  for (const e of examples) {
    const pick = bestOverDefault(weights, e.candidates, margin);
    rules += e.quality[0]!;
    model += e.quality[pick]!;
    oracle += Math.max(...e.quality);
    if (e.gold < 0) continue;
    reachable++;
    if (e.quality[0] === e.quality[e.gold]) rulesRight++;
    if (e.quality[pick] === e.quality[e.gold]) modelRight++;
  }
  const r = (x: number) => Number(x.toFixed(3));
  return {
    statements: examples.length, reachable, rules: r(rules / n), model: r(model / n), oracle: r(oracle / n),
    rulesRight: r(rulesRight / Math.max(1, reachable)), modelRight: r(modelRight / Math.max(1, reachable)),
  };
}

/** Characters shared by two sets of spans (each set without overlaps of its own). */
function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const [ab, ae] of a) for (const [bb, be] of b) n += Math.max(0, Math.min(ae, be) - Math.max(ab, bb));
  return n;
}

function dice(a: readonly Span[], b: readonly Span[]): number {
  const size = (x: readonly Span[]) => x.reduce((n, [s, e]) => n + e - s, 0);
  const total = size(a) + size(b);
  return total ? (2 * overlap(a, b)) / total : 0;
}

// (the last: never override the rules)
const MARGINS = [0, 0.5, 1, 2, 3, 5, 8, 12, 20, 1e6];

/** The margin under which the model's choices overlap the held-out speakers most (the smallest of equals). */
export function chooseMargin(examples: readonly SpeakerExample[], weights: Weights): number {
  let top = 0;
  let topScore = -1;
  for (const margin of MARGINS) {
    const { model } = measureSpeakers(examples, weights, margin);
    if (model > topScore) { top = margin; topScore = model; }
  }
  return top;
}
