// A stage of the analysis, as stanza's processors and unified's plugins are: a name, the
// fields it requires, the fields it provides, and a `run` that reads the one and writes the
// other. The Pipeline is an ordered list of stages, checked when it is built: every
// requirement must be provided by a stage before it.
import type { KnowledgeBase } from '../actors/kb.js';
import type { Language } from '../language/types.js';
import type { Analysis, AnalysisKey } from './analysis.js';

/** What every stage may use besides the analysis: the language's data and the actor knowledge base. */
export interface StageContext {
  language: Language;
  kb: KnowledgeBase;
}

/** The analysis as a stage sees it: what it requires is there. */
export type With<R extends AnalysisKey> = Analysis & Required<Pick<Analysis, R>>;

export interface Stage<R extends AnalysisKey = AnalysisKey> {
  name: string;
  requires: readonly R[];
  provides: readonly AnalysisKey[];
  run(analysis: With<R>, ctx: StageContext): void;
}

/** Declares a stage with its requirements typed (a stage reads only what it requires). */
export function stage<R extends AnalysisKey>(s: Stage<R>): Stage {
  return s as unknown as Stage;
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const provided = new Set<AnalysisKey>();
    for (const s of stages) {
      const missing = s.requires.filter((r) => !provided.has(r));
      if (missing.length) throw new Error(`pipeline: stage "${s.name}" requires ${missing.join(', ')}, which no stage before it provides`);
      for (const p of s.provides) provided.add(p);
    }
    this.stages = stages;
  }

  /**
   * Runs every stage in order; `timer` (if given) hears each stage's name and milliseconds.
   * Past `budgetMs` the remaining stages are skipped: the document keeps what was found, and says so.
   */
  run(analysis: Analysis, ctx: StageContext, timer?: (stage: string, ms: number) => void, budgetMs = Infinity): Analysis {
    const started = performance.now();
    for (const [i, s] of this.stages.entries()) {
      const t0 = performance.now();
      s.run(analysis as With<AnalysisKey>, ctx);
      if (timer) timer(s.name, performance.now() - t0);
      const next = this.stages[i + 1];
      if (next && performance.now() - started > budgetMs) {
        analysis.warnings.push(`analysis over its time budget (${(budgetMs / 1000).toFixed(0)} s, --time-budget) after the ${s.name} stage: stored with what was found, without ${this.stages.slice(i + 1).map((x) => x.name).join(', ')}`);
        break;
      }
    }
    return analysis;
  }

  /** A new pipeline with a stage added after the one named (for extensions and tests). */
  withStageAfter(name: string, added: Stage): Pipeline {
    const at = this.stages.findIndex((s) => s.name === name);
    if (at < 0) throw new Error(`pipeline: no stage "${name}"`);
    return new Pipeline([...this.stages.slice(0, at + 1), added, ...this.stages.slice(at + 1)]);
  }
}
