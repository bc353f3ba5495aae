// lagebild train quotes <folder> -o model.json: fits the speaker ranker on an annotated corpus
// (German Wikinews JSON or SpkAtt-2023) and writes the model file that `--model` on ingest,
// reanalyze and eval reads. With --dev it also measures the model against the rules on a
// held-out folder.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadKnowledgeBase } from '../../actors/kb.js';
import { readModel, writeModel } from '../../learn/model.js';
import { corpusFiles, readAnnotated, type AnnotatedDocument } from '../../statements/rank/corpora.js';
import { FEATURE_SET } from '../../statements/rank/features.js';
import { SPEAKER_TASK } from '../../statements/rank/refiner.js';
import { chooseMargin, fitSpeakers, measureSpeakers, speakerExamples, type SpeakerExample } from '../../statements/rank/train.js';
import { createReporter, type Reporter } from '../progress.js';
import { checkActorFiles, CliError } from '../shared.js';
import { wholeNumber } from '../options.js';

const LICENSES: Record<string, { data: string; license: string }> = {
  spkatt: { data: 'SpkAtt-2023 Task 1 (umanlp/SpkAtt-2023), German Bundestag debates', license: 'CC BY-SA 4.0 (SpkAtt-2023, umanlp/SpkAtt-2023)' },
  wikinews: { data: 'German Wikinews quotation corpus (Petersen-Frey & Biemann 2024)', license: 'CC BY-NC-SA 4.0: for measuring only, not for distribution' },
};

interface TrainOptions { output: string; dev?: string; epochs: number; actors?: string[]; json?: boolean; dataName?: string; license?: string }

/** Checks a --model file before any work is done, so a wrong one stops the command with its reason. */
export function checkSpeakerModel(path: string | undefined): string | null {
  if (!path) return null;
  try {
    readModel(resolve(path), SPEAKER_TASK, FEATURE_SET);
  } catch (e) {
    throw new CliError(`model: ${(e as Error).message}`);
  }
  return resolve(path);
}

export function registerTrain(program: Command): void {
  const trainCmd = program.command('train').description('fit a learned layer on an annotated corpus');
  trainCmd.command('quotes')
    .description('fit the speaker ranker on annotated statements (German Wikinews JSON or SpkAtt-2023 JSON files)')
    .argument('<folder>', 'annotated JSON files (read recursively) or one file')
    .requiredOption('-o, --output <file>', 'the model file to write (JSON)')
    .option('--dev <folder>', 'held-out annotated files: measure the model against the rules on them')
    .option('--epochs <n>', 'passes over the training statements', wholeNumber(1), 10)
    .option('--data-name <text>', 'the training data as the model file names it (default: from the format)')
    .option('--license <text>', "the training data's license, kept in the model file (default: from the format)")
    .option('--actors <file...>', 'your own actors (YAML), as for ingest')
    .option('--json', 'print the summary as JSON on stdout, no progress bar')
    .action((folder: string, opts: TrainOptions) => {
      const started = performance.now();
      const epochs = opts.epochs;
      const kb = loadKnowledgeBase(checkActorFiles(opts.actors));
      const reporter = createReporter({ quiet: !!opts.json });
      const train = readCorpus(folder);
      const dev = opts.dev ? readCorpus(opts.dev) : null;
      const examples = examplesOf(train.docs, kb, reporter);
      const weights = fitSpeakers(examples, epochs);
      const devExamples = dev ? examplesOf(dev.docs, kb, reporter) : null;
      reporter.done();
      // (without held-out data the model decides alone; with it, only where it is surer than the rules)
      const margin = devExamples ? chooseMargin(devExamples, weights) : 0;
      const origin = LICENSES[train.format];
      const bytes = writeModel(opts.output, { weights, margin, info: {
        task: SPEAKER_TASK, featureSet: FEATURE_SET,
        trainedOn: opts.dataName ?? `${origin?.data ?? 'annotated corpus'}: ${basename(resolve(folder))}`,
        license: opts.license ?? origin?.license ?? 'unknown', date: new Date().toISOString().slice(0, 10),
        counts: { documents: train.docs.length, examples: examples.filter((e) => e.gold >= 0).length, features: weights.size, epochs },
      } });
      const summary = {
        model: opts.output, bytes, documents: train.docs.length, features: weights.size, format: train.format, margin,
        train: measureSpeakers(examples, weights, margin), dev: devExamples ? measureSpeakers(devExamples, weights, margin) : null,
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      };
      if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else process.stderr.write(describe(summary) + '\n');
    });
}

/** The annotated documents of a folder and the format most of them are in. */
function readCorpus(path: string): { docs: AnnotatedDocument[]; format: string } {
  if (!existsSync(path)) throw new CliError(`no such file or folder: ${path}`);
  const docs: AnnotatedDocument[] = [];
  const formats = new Map<string, number>();
  for (const file of corpusFiles(path)) {
    const doc = readAnnotated(file);
    if (!doc) continue;
    docs.push(doc);
    formats.set(doc.format, (formats.get(doc.format) ?? 0) + 1);
  }
  if (!docs.length) throw new CliError(`no annotated files (German Wikinews or SpkAtt JSON) under ${path}`);
  return { docs, format: [...formats].sort((a, b) => b[1] - a[1])[0]![0] };
}

function examplesOf(docs: readonly AnnotatedDocument[], kb: ReturnType<typeof loadKnowledgeBase>, reporter: Reporter): SpeakerExample[] {
  let done = 0;
  const total = docs.length;
  const tick = () => { done++; reporter.progress({ inputsDone: done, inputsTotal: total, documents: done, bytesDone: done, bytesTotal: total }); };
  return speakerExamples(docs, kb, tick);
}

function describe(s: { model: string; bytes: number; documents: number; features: number; margin: number; seconds: number; train: ReturnType<typeof measureSpeakers>; dev: ReturnType<typeof measureSpeakers> | null }): string {
  const line = (name: string, m: ReturnType<typeof measureSpeakers>) =>
    `  ${name.padEnd(5)} ${m.statements} statements paired (${m.reachable} with a candidate that matches): speaker overlap rules ${m.rules}, model ${m.model}, best possible ${m.oracle}; right choice rules ${m.rulesRight}, model ${m.modelRight}`;
  return [
    `${s.model}: ${s.features} features from ${s.documents} documents, margin ${s.margin}, ${(s.bytes / 1024).toFixed(0)} KB (${s.seconds} s)`,
    line('train', s.train), ...(s.dev ? [line('dev', s.dev)] : []),
  ].join('\n');
}
