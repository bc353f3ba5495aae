// RawDocument → Document: every stage of the analysis (./stages.ts) over one article.
// Pure: same input, same output, no store involved.
import type { Document, RawDocument } from '../document/types.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import type { Language, LanguageOptions } from '../language/types.js';
import { loadLanguage } from '../language/load.js';
import { newAnalysis, toDocument, type Analysis } from './analysis.js';
import { documentId } from '../document/ids.js';
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
export function analyze(raw: RawDocument, kb: KnowledgeBase = loadKnowledgeBase(), analyzer = defaultAnalyzer(), timer?: (stage: string, ms: number) => void, budgetMs = Infinity): Analysis {
  return analyzer.pipeline.run(newAnalysis(raw), { language: analyzer.language, kb }, timer, budgetMs);
}

/** Bounds on one document's analysis (ingest --max-analysed-kb, --time-budget). */
export interface AnalysisLimits {
  /** Characters analysed (and searchable); the rest of a longer text is stored, not analysed. */
  maxChars: number;
  /** Milliseconds of analysis; the stages after the one that runs over are skipped. */
  budgetMs: number;
}

// an article is 2–50 KB; a text of 256 KB is a book chapter, and the analysis grows faster than its length
export const DEFAULT_ANALYSIS_LIMITS: AnalysisLimits = { maxChars: 256 * 1024, budgetMs: 30_000 };

/** Where to cut a text for analysis: the last paragraph or sentence end before the limit. */
export function analysedLength(text: string, maxChars: number): number {
  if (text.length <= maxChars) return text.length;
  const window = text.slice(0, maxChars);
  const floor = maxChars * 0.9;
  for (const re of [/\n\s*\n(?=[^\n]*$)/, /[.!?…]["“”»«']?\s(?=[^.!?…]*$)/, /\s(?=\S*$)/]) {
    const m = re.exec(window);
    if (m && m.index >= floor) return m.index + m[0].length;
  }
  // never between the halves of a surrogate pair
  return /[\uD800-\uDBFF]/.test(text[maxChars - 1]!) ? maxChars - 1 : maxChars;
}

/**
 * One article analysed within its limits: a longer text is stored whole but analysed (and
 * indexed for search) up to the cut, with a warning.
 */
export function prepareDocument(raw: RawDocument, kb: KnowledgeBase = loadKnowledgeBase(), analyzer = defaultAnalyzer(), limits = DEFAULT_ANALYSIS_LIMITS): Document {
  const { analysed, restore } = longText(raw, limits);
  return restore(toDocument(analyze(analysed, kb, analyzer, undefined, limits.budgetMs)));
}

/**
 * The part of a text that is analysed, and how the document made from it gets the whole text
 * back (its id, body and a warning). A worker thread is sent only the analysed part: a 20 MB
 * text would not fit its bounded heap.
 */
export function longText(raw: RawDocument, limits: AnalysisLimits): { analysed: RawDocument; long: boolean; restore: (doc: Document) => Document } {
  const cut = analysedLength(raw.text, limits.maxChars);
  if (cut === raw.text.length) return { analysed: raw, long: false, restore: (doc) => doc };
  return {
    analysed: { ...raw, text: raw.text.slice(0, cut) },
    long: true,
    restore: (doc) => ({
      ...doc, text: raw.text, id: documentId(raw.source, raw.text), bodySpan: [doc.bodySpan[0], raw.text.length],
      warnings: [...doc.warnings, `long text: the first ${Math.round(cut / 1024)} KB of ${Math.round(raw.text.length / 1024)} KB analysed and searchable, all of it stored (--max-analysed-kb)`],
    }),
  };
}
