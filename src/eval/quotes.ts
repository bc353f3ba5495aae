// Scores the statement finder against annotated quotation data in the format of the German
// Wikinews quotation corpus (Petersen-Frey & Biemann 2024): one JSON file per article with
// `originalText` and `annotations` (quote, speaker, cue spans as character offsets; a type).
// A quote is found when the character overlap (Dice) with a predicted quote is ≥ 0.5; the
// speaker is right when the spans overlap (or both are missing).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../document/types.js';
import { defaultAnalyzer, makeAnalyzer, prepareDocument } from '../pipeline/prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';

interface SpanSet { spans?: Array<{ charBegin: number; charEnd: number }> }
interface Annotation { type: string; quote: SpanSet; speaker?: SpanSet; cue?: SpanSet }
interface AnnotatedFile { documentName?: string; originalText: string; annotations: Annotation[] }

export interface QuoteScore {
  documents: number;
  gold: number;
  predicted: number;
  found: number;
  speakerRight: number;
  precision: number;
  recall: number;
  f1: number;
  /** Quote and speaker both right. */
  jointPrecision: number;
  jointRecall: number;
  jointF1: number;
  byType: Record<string, { gold: number; found: number; recall: number; speakerRight: number }>;
  byForm: Record<string, { predicted: number; found: number; precision: number }>;
  /** With `errors`: missed gold quotes and predictions that match none. */
  errors?: string[];
}

const chars = (spans: ReadonlyArray<readonly [number, number]>) => {
  const s = new Set<number>();
  for (const [b, e] of spans) for (let i = b; i < e; i++) s.add(i);
  return s;
};
const dice = (a: Set<number>, b: Set<number>) => {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
};
const overlaps = (a: Set<number>, b: Set<number>) => { for (const x of a) if (b.has(x)) return true; return false; };
const spansOf = (x: SpanSet | undefined) => (x?.spans ?? []).map((s) => [s.charBegin, s.charEnd] as const);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The annotated JSON files under `path` (a folder, read recursively, or one file). */
export function annotatedFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath ?? path, d.name)).sort();
}

export function scoreQuotes(files: string[], options: { errors?: boolean; actorFiles?: string[]; speakerModel?: string | null } = {}): QuoteScore {
  const kb = loadKnowledgeBase(options.actorFiles ?? []);
  const analyzer = options.speakerModel ? makeAnalyzer({ speakerModel: options.speakerModel }) : defaultAnalyzer();
  const score: QuoteScore = {
    documents: 0, gold: 0, predicted: 0, found: 0, speakerRight: 0, precision: 0, recall: 0, f1: 0,
    jointPrecision: 0, jointRecall: 0, jointF1: 0, byType: {}, byForm: {}, ...(options.errors ? { errors: [] } : {}),
  };
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as AnnotatedFile;
    if (typeof data.originalText !== 'string' || !Array.isArray(data.annotations)) continue;
    // the article's date is in its name: "12345 - Title (2007-05-01)"
    const published = /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(data.documentName ?? '')?.[1] ?? null;
    const text = data.originalText;
    const doc = prepareDocument({ source: file, origin: file, format: 'jsonl', text, published }, kb, analyzer);
    score.documents++;
    const gold = data.annotations.map((a) => ({ type: a.type, q: chars(spansOf(a.quote)), s: chars(spansOf(a.speaker)), a }));
    const pred = doc.statements.map((s: Statement) => ({ s, q: chars([s.quote]), sp: s.speaker ? chars([s.speaker.span]) : new Set<number>() }));
    score.gold += gold.length;
    score.predicted += pred.length;
    const used = new Set<number>();
    for (const p of pred) { score.byForm[p.s.form] ??= { predicted: 0, found: 0, precision: 0 }; score.byForm[p.s.form]!.predicted++; }
    for (const g of gold) {
      const t = (score.byType[g.type] ??= { gold: 0, found: 0, recall: 0, speakerRight: 0 });
      t.gold++;
      let best = -1;
      let bestScore = 0.5;
      pred.forEach((p, i) => { if (!used.has(i)) { const d = dice(g.q, p.q); if (d >= bestScore) { bestScore = d; best = i; } } });
      const q = text.slice(...(spansOf(g.a.quote)[0] ?? [0, 0])).slice(0, 100);
      if (best < 0) { score.errors?.push(`missed   ${g.type.padEnd(20)} ${file.split('/').pop()?.slice(0, 8)} ${q}`); continue; }
      used.add(best);
      score.found++;
      t.found++;
      score.byForm[pred[best]!.s.form]!.found++;
      const p = pred[best]!;
      if ((g.s.size === 0 && p.sp.size === 0) || overlaps(g.s, p.sp)) { score.speakerRight++; t.speakerRight++; } else {
        const gs = spansOf(g.a.speaker).map(([b, e]) => text.slice(b, e)).join(' ') || '-';
        score.errors?.push(`speaker  ${g.type.padEnd(20)} ${file.split('/').pop()?.slice(0, 8)} gold "${gs}" got "${p.s.speaker ? text.slice(...p.s.speaker.span) : '-'}" | ${q.slice(0, 60)}`);
      }
    }
    pred.forEach((p, i) => { if (!used.has(i)) score.errors?.push(`spurious ${p.s.form.padEnd(20)} ${file.split('/').pop()?.slice(0, 8)} ${text.slice(...p.s.quote).slice(0, 100)}`); });
  }
  const P = score.predicted ? score.found / score.predicted : 0;
  const R = score.gold ? score.found / score.gold : 0;
  const jP = score.predicted ? score.speakerRight / score.predicted : 0;
  const jR = score.gold ? score.speakerRight / score.gold : 0;
  Object.assign(score, { precision: round(P), recall: round(R), f1: round(f1(P, R)), jointPrecision: round(jP), jointRecall: round(jR), jointF1: round(f1(jP, jR)) });
  for (const t of Object.values(score.byType)) t.recall = round(t.found / t.gold);
  for (const f of Object.values(score.byForm)) f.precision = round(f.found / f.predicted);
  return score;
}
