// An averaged perceptron that ranks candidates (Collins 2002): each candidate is a list of
// string features, its score the sum of their weights; training moves the weights toward the
// gold candidate and away from the one predicted, and the averaged weights generalize better
// than the last ones. Nothing here knows what the candidates are or which language they come from.
import { seededRandom } from '../util/random.js';

/** One decision: its candidates' features and which candidate is right. */
export interface RankingExample {
  candidates: readonly (readonly string[])[];
  gold: number;
}

export interface TrainOptions {
  epochs?: number;
  /** Seed for the order examples are visited in (same seed, same weights). */
  seed?: number;
  /** After each epoch: how many examples were ranked wrong. */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/** Weights by feature: the whole model. */
export type Weights = ReadonlyMap<string, number>;

export function score(weights: Weights, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/** The best candidate; a tie goes to the earlier one (callers list their default first). */
export function best(weights: Weights, candidates: readonly (readonly string[])[]): number {
  let top = 0;
  let topScore = -Infinity;
  candidates.forEach((c, i) => { const s = score(weights, c); if (s > topScore) { topScore = s; top = i; } });
  return top;
}

/** The best candidate when it beats the first (the default) by at least `margin`; else the first. */
export function bestOverDefault(weights: Weights, candidates: readonly (readonly string[])[], margin: number): number {
  const top = best(weights, candidates);
  if (top === 0 || !candidates.length) return 0;
  return score(weights, candidates[top]!) - score(weights, candidates[0]!) >= margin ? top : 0;
}

/** Fits averaged weights on ranking examples; features with weight 0 are left out. */
export function train(examples: readonly RankingExample[], options: TrainOptions = {}): Map<string, number> {
  const weights = new Map<string, number>();
  // the averaging trick: totals accumulate step-weighted updates, average = w - totals / steps
  const totals = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed ?? 1);
  let step = 1;
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const i of order) {
      const { candidates, gold } = examples[i]!;
      const guess = best(weights, candidates);
      if (guess !== gold) {
        mistakes++;
        update(weights, totals, candidates[gold]!, 1, step);
        update(weights, totals, candidates[guess]!, -1, step);
      }
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  const averaged = new Map<string, number>();
  for (const [f, w] of weights) {
    const a = w - (totals.get(f) ?? 0) / step;
    if (Math.abs(a) > 1e-9) averaged.set(f, a);
  }
  return averaged;
}

function update(weights: Map<string, number>, totals: Map<string, number>, features: readonly string[], delta: number, step: number): void {
  for (const f of features) {
    weights.set(f, (weights.get(f) ?? 0) + delta);
    totals.set(f, (totals.get(f) ?? 0) + delta * step);
  }
}

/** Weights as a plain object with rounded values, sorted by feature: a stable, diffable file. */
export function weightsToJSON(weights: Weights, digits = 4): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...weights.keys()].sort()) {
    const w = Number(weights.get(f)!.toFixed(digits));
    if (w !== 0) out[f] = w;
  }
  return out;
}

export function weightsFromJSON(json: Record<string, unknown>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [f, w] of Object.entries(json)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new Error(`weight of "${f}" is not a number`);
    weights.set(f, w);
  }
  return weights;
}

function shuffle(list: number[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}
