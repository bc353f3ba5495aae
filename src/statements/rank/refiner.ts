// The learned layer over the rules' speakers: for every statement with a cue, the candidates
// (./candidates.ts: the rules' choice first) are scored by a fitted linear model and the best
// one speaks; a cue-less continuation that carried the rules' speaker carries the new one.
// Without a model nothing changes. Training observes the same candidates and features.
import type { Statement } from '../../document/types.js';
import type { RankerModel } from '../../learn/model.js';
import { bestOverDefault } from '../../learn/perceptron.js';
import type { Ctx } from '../context.js';
import type { Refiner } from '../types.js';
import { cueSite, speakerCandidates, type SpeakerCandidate } from './candidates.js';
import { candidateFeatures, type SpeakerWords } from './features.js';

/** The task name a speaker model file carries. */
export const SPEAKER_TASK = 'speakers';

/** One statement's candidates and their features, as the model sees them. */
export interface RankedStatement { statement: Statement; candidates: SpeakerCandidate[]; features: string[][] }

export interface SpeakerRanking {
  model: RankerModel | null;
  words: SpeakerWords;
  /** Sees every article's ranked statements (training reads the candidates from here). */
  observe?: (ranked: RankedStatement[]) => void;
}

export function rankSpeakers(ranking: SpeakerRanking): Refiner {
  return {
    refine(ctx, _scan, statements) {
      if (!ranking.model && !ranking.observe) return statements;
      const ranked = rankedStatements(ctx, statements, ranking.words);
      ranking.observe?.(ranked);
      if (ranking.model) choose(statements, ranked, ranking.model);
      return statements;
    },
  };
}

export function rankedStatements(ctx: Ctx, statements: readonly Statement[], words: SpeakerWords): RankedStatement[] {
  const out: RankedStatement[] = [];
  for (const statement of statements) {
    const site = cueSite(ctx, statement);
    if (!site) continue;
    const candidates = speakerCandidates(ctx, site);
    out.push({ statement, candidates, features: candidates.map((c) => candidateFeatures(ctx, site, c, words)) });
  }
  return out;
}

/** Sets each ranked statement's speaker to the model's best candidate, and hands it on to the continuations after it. */
function choose(statements: Statement[], ranked: readonly RankedStatement[], model: RankerModel): void {
  const changed = new Map<Statement, Statement['speaker']>();
  for (const r of ranked) {
    const pick = r.candidates[bestOverDefault(model.weights, r.features, model.margin)]!;
    if (pick.rule) continue;
    changed.set(r.statement, r.statement.speaker);
    r.statement.speaker = pick.speaker;
  }
  if (!changed.size) return;
  // (a continuation has no cue and took the speaker of the statement before it)
  let carried: { from: Statement['speaker']; to: Statement['speaker'] } | null = null;
  for (const s of statements) {
    if (s.cue) { carried = changed.has(s) ? { from: changed.get(s)!, to: s.speaker } : null; continue; }
    if (carried?.from && sameSpeaker(s.speaker, carried.from)) s.speaker = carried.to;
  }
}

function sameSpeaker(a: Statement['speaker'], b: Statement['speaker']): boolean {
  if (!a || !b) return a === b;
  return a.span[0] === b.span[0] && a.span[1] === b.span[1];
}
