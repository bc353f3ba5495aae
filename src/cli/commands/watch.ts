import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_ANALYSIS_LIMITS } from '../../pipeline/prepare.js';
import { positiveNumber } from '../options.js';
import { checkActorFiles, CliError, withStore, EXIT, postgresLocation, withPostgres } from '../shared.js';
import { postgresWatchStore, sqliteWatchStore } from '../../watch/feeds.js';
import { checkSpeakerModel } from './train.js';
import { fit, oneLine, printable, terminalWidth } from '../terminal.js';
import { watchFeeds, type NewArticle, type PollResult, type WatchOptions } from '../../watch/watch.js';
import { describeWait, MAX_WAIT_MS, parseEvery } from '../../watch/schedule.js';

/** --every: a duration from 10 s to a day ("10m", "1h", "90s"). */
function every(value: string): number {
  const ms = parseEvery(value);
  if (ms === null || ms < 10_000 || ms > MAX_WAIT_MS) throw new InvalidArgumentError('must be a duration from 10 s to 24 h, as 90s, 10m, 1h or 1h30m.');
  return ms;
}

/** One line per new article: date, title and its outlet (else the host of its address), cut to the terminal. */
export function articleLine(a: NewArticle): string {
  const mark = a.duplicateOf ? ' (copy of a stored article)' : a.versionOf ? ' (new version)' : '';
  let where = a.outlet ?? a.source;
  if (!a.outlet) try { where = new URL(a.source).host; } catch { /* a source that is no address */ }
  return `+ ${a.published ?? '          '}  ${oneLine(a.title ?? '(no title)')}${mark}  · ${oneLine(where)}`;
}

export function registerWatch(program: Command): void {
  program.command('watch')
    .description('poll feeds again and again (conditional GET), ingesting each new article as it comes; Ctrl-C stops')
    .argument('<feeds...>', 'RSS/Atom feed addresses (http or https)')
    .option('--every <duration>', 'how often each feed is asked (90s, 10m, 1h; at most 24h); after errors the wait doubles', every, 600_000)
    .option('--once', 'ask each feed once, then stop (for cron)')
    .option('--db <path>', 'SQLite store, or a PostgreSQL one (postgres://…) (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--json', 'one JSON object per line on stdout: each new article and each failed poll')
    .option('--max-file-size <MB>', 'largest feed body (after decompression) to read', positiveNumber, 20)
    .option('--actors <file...>', 'your own actors (YAML, same shape as data/actors/*.yaml)')
    .option('--model <file>', 'a speaker model (lagebild train quotes)')
    .action(async (feeds: string[], opts: { every: number; once?: boolean; db?: string; json?: boolean; maxFileSize: number; actors?: string[]; model?: string }) => {
      const bad = feeds.find((f) => !/^https?:\/\/\S+$/i.test(f));
      if (bad) throw new CliError(`not a feed address: ${printable(bad)} (watch reads http(s) feeds; files go to "lagebild ingest")`);
      const actorFiles = checkActorFiles(opts.actors);
      const speakerModel = checkSpeakerModel(opts.model);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const say = (line: string) => process.stderr.write(fit(line, process.stderr.isTTY ? process.stderr.columns || 80 : undefined) + '\n');
      let failed = 0;
      const onResult = (r: PollResult) => {
        if (r.status === 'error') {
          failed++;
          if (opts.json) process.stdout.write(JSON.stringify({ type: 'error', feed: r.feed, reason: r.reason, failures: r.failures, retryInSeconds: Math.round(r.waitMs / 1000) }) + '\n');
          else say(`lagebild: ${printable(r.feed)}: ${printable(r.reason)}${opts.once ? '' : ` (error ${r.failures} in a row; next try in ${describeWait(r.waitMs)})`}`);
          return;
        }
        for (const a of r.articles) {
          if (opts.json) process.stdout.write(JSON.stringify({ type: 'article', ...a }) + '\n');
          else process.stdout.write(fit(articleLine(a), terminalWidth()) + '\n');
        }
      };
      if (!opts.json && !opts.once) say(`watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${describeWait(opts.every)} (Ctrl-C stops)`);
      try {
        // (the store is opened for each poll and closed after it: between polls other commands find it closed cleanly)
        const postgres = postgresLocation(opts.db);
        const options: WatchOptions = {
          everyMs: opts.every, once: opts.once, signal: stop.signal, maxBytes: Math.round(opts.maxFileSize * 1024 * 1024),
          actorFiles, speakerModel, limits: DEFAULT_ANALYSIS_LIMITS, onResult,
          onProblem: (p) => say(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${printable(p.input)}: ${printable(p.reason)}`),
          onDeferred: (feed, due, failures) => say(`lagebild: ${printable(feed)}: ${failures} error${failures === 1 ? '' : 's'} in a row before; next try at ${due.toLocaleTimeString('de-DE')}`),
        };
        // (PostgreSQL: one pool of connections for the whole watch)
        if (postgres) await withPostgres(postgres, 'write', (client) => watchFeeds(async (fn) => fn(postgresWatchStore(client)), feeds, options));
        else await watchFeeds((fn) => withStore(opts.db, 'write', (db) => fn(sqliteWatchStore(db))), feeds, options);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      process.exitCode = opts.once && failed ? EXIT.someFailed : EXIT.ok;
    });
}
