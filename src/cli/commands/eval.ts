import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { annotatedFiles, scoreQuotes, type QuoteScore } from '../../eval/quotes.js';
import { checkActorFiles, CliError } from '../shared.js';
import { checkSpeakerModel } from './train.js';

export function describeQuoteScore(s: QuoteScore): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${s.documents} documents, ${s.gold} annotated quotes, ${s.predicted} statements found`,
    `  quote           P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`,
    `  quote+speaker   P ${pct(s.jointPrecision)}  R ${pct(s.jointRecall)}  F1 ${pct(s.jointF1)}`,
    '  recall by annotated type:',
    ...Object.entries(s.byType).sort((a, b) => b[1].gold - a[1].gold)
      .map(([k, t]) => `    ${k.padEnd(22)} ${pct(t.recall)}  (${t.found} of ${t.gold}; speaker right ${t.speakerRight})`),
    '  precision by our form:',
    ...Object.entries(s.byForm).sort((a, b) => b[1].predicted - a[1].predicted)
      .map(([k, f]) => `    ${k.padEnd(22)} ${pct(f.precision)}  (${f.found} of ${f.predicted})`),
  ];
  return lines.join('\n');
}

export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure the analysis against annotated data');
  evalCmd.command('quotes')
    .description('score statements against quotation annotations in the German Wikinews format (quote, speaker, cue spans; types)')
    .argument('<path>', 'a folder of annotated JSON files (read recursively) or one file')
    .option('--errors', 'list every missed quote, wrong speaker and spurious statement')
    .option('--actors <file...>', 'your own actors (YAML), as for ingest')
    .option('--json', 'print the scores as JSON')
    .option('--model <file>', 'a speaker model (lagebild train quotes) that re-ranks the speakers the rules propose')
    .action((path: string, opts: { errors?: boolean; actors?: string[]; json?: boolean; model?: string }) => {
      if (!existsSync(path)) throw new CliError(`no such file or folder: ${path}`);
      const files = annotatedFiles(path);
      if (!files.length) throw new CliError(`no .json files under ${path}`);
      const score = scoreQuotes(files, { errors: !!opts.errors, actorFiles: checkActorFiles(opts.actors), speakerModel: checkSpeakerModel(opts.model) });
      if (opts.json) { process.stdout.write(JSON.stringify(score) + '\n'); return; }
      if (score.errors) process.stdout.write(score.errors.join('\n') + '\n\n');
      process.stdout.write(describeQuoteScore(score) + '\n');
    });
}
