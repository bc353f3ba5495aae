// RawDocument → Document: every stage of the analysis (./stages.ts) over one article.
// Pure: same input, same output, no store involved.
import type { Document, RawDocument } from '../document/types.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import type { Language, LanguageOptions } from '../language/types.js';
import { loadLanguage } from '../language/load.js';
import { newAnalysis, toDocument, type Analysis } from './analysis.js';
import { defaultPipeline } from './stages.js';
import type { Pipeline } from './stage.js';

/** What a caller keeps between documents: the language and the pipeline, built once. */
export interface Analyzer { language: Language; pipeline: Pipeline }

let standard: Analyzer | undefined;
/** The German pipeline with all stages, built on first use. */
export function defaultAnalyzer(): Analyzer {
  return (standard ??= { language: loadLanguage('de'), pipeline: defaultPipeline() });
}

/** The German pipeline over a language loaded with these options (a speaker model): the caller keeps it. */
export function makeAnalyzer(options: LanguageOptions): Analyzer {
  return { language: loadLanguage('de', options), pipeline: defaultPipeline() };
}

/** Every stage over one article; the Analysis keeps tokens and syntax for whoever asks. */
export function analyze(raw: RawDocument, kb: KnowledgeBase = loadKnowledgeBase(), analyzer = defaultAnalyzer(), timer?: (stage: string, ms: number) => void): Analysis {
  return analyzer.pipeline.run(newAnalysis(raw), { language: analyzer.language, kb }, timer);
}

export function prepareDocument(raw: RawDocument, kb: KnowledgeBase = loadKnowledgeBase(), analyzer = defaultAnalyzer()): Document {
  return toDocument(analyze(raw, kb, analyzer));
}
