// A progress bar on a terminal; nothing when piped, under CI or with --json. Problems are
// printed above the bar as one line each, so they stay readable while it moves.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest.js';
import { printable } from './terminal.js';

export interface Reporter {
  progress(p: IngestProgress): void;
  line(text: string): void;
  done(): void;
}

export function createReporter({ quiet }: { quiet: boolean }): Reporter {
  const interactive = !quiet && process.stderr.isTTY === true && !process.env.CI;
  // every line is one line: a newline or escape sequence in a file name or a reason is shown escaped
  if (!interactive) return { progress() {}, line: (t) => process.stderr.write(printable(t) + '\n'), done() {} };
  const multi = new cliProgress.MultiBar({
    stream: process.stderr,
    format: ' {bar} {percentage}% | {inputsDone}/{inputsTotal} files | {documents} documents | {eta_formatted} left',
    hideCursor: true, clearOnComplete: true, etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  let bar: cliProgress.SingleBar | undefined;
  let last = 0;
  return {
    progress(p) {
      const now = Date.now();
      if (bar && now - last < 100 && p.inputsDone < p.inputsTotal) return;
      last = now;
      const total = Math.max(1, p.bytesTotal);
      const payload = { inputsDone: p.inputsDone, inputsTotal: p.inputsTotal, documents: p.documents };
      if (!bar) bar = multi.create(total, 0, payload);
      bar.setTotal(total);
      bar.update(Math.min(p.bytesDone, total), payload);
    },
    line: (t) => multi.log(printable(t) + '\n'),
    done: () => multi.stop(),
  };
}
