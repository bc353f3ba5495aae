import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingest } from '../../pipeline/ingest.js';
import { storeStats } from '../../store/stats.js';
import { listActors } from '../../store/actors.js';
import { iterateStatements } from '../../store/statements.js';
import type { DB } from '../../store/db.js';

/** One line per statement with a resolved speaker: "Kaja Kallas (sagte): „…“". */
function sampleStatements(db: DB, n: number): string[] {
  const names = new Map(listActors(db).map((a) => [a.key, a.name]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of iterateStatements(db)) {
    if (!s.speaker?.actor || !s.cue) continue;
    const quote = s.documentText.slice(...s.quote).replace(/\s+/g, ' ');
    // the same words from a copy or an updated version of an article: once
    if (seen.has(quote)) continue;
    seen.add(quote);
    out.push(`${names.get(s.speaker.actor) ?? s.speaker.actor} (${s.documentText.slice(...s.cue.span)}, ${s.form}): ${quote.length > 90 ? quote.slice(0, 89) + '…' : quote}`);
    if (out.length >= n) break;
  }
  return out;
}
import { resolveDbPath } from '../../store/db.js';
import { createReporter } from '../progress.js';
import { withStore } from '../shared.js';
import { describeSummary } from './ingest.js';
import { describeStats } from './stats.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled examples/ into the store and summarise it (what `npm start` runs)')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .action(async (opts: { db?: string }) => {
      const reporter = createReporter({ quiet: false });
      const { summary, stats, actors, statements } = await withStore(opts.db, 'write', async (db) => ({
        summary: await ingest(db, [relative(process.cwd(), EXAMPLES) || '.'], {
          onProblem: (p) => reporter.line(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${p.input}: ${p.reason}`),
          onProgress: (p) => reporter.progress(p),
        }),
        stats: storeStats(db),
        actors: listActors(db).filter((a) => a.sector !== 'media').slice(0, 12),
        statements: sampleStatements(db, 8),
      }));
      reporter.done();
      process.stdout.write(`Ingested examples/: ${describeSummary(summary)}\n\n${describeStats(stats, resolveDbPath(opts.db))}\n\n`);
      if (actors.length) {
        process.stdout.write('Most mentioned actors\n');
        for (const a of actors) process.stdout.write(`  ${String(a.mentions).padStart(4)}  ${a.name} (${a.kind}) in ${a.documents} documents\n`);
        process.stdout.write('\n');
      }
      if (statements.length) {
        process.stdout.write('Who said what (a few attributed statements)\n');
        for (const line of statements) process.stdout.write(`  ${line}\n`);
        process.stdout.write('\n');
      }
      process.stdout.write('Try: npx lagebild actors   ·   npx lagebild search "Waffenruhe"   ·   npx lagebild export --format json > situation.json\n');
    });
}
