import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingest } from '../../pipeline/ingest.js';
import { storeStats } from '../../store/stats.js';
import { storedActors } from '../../store/actors.js';
import { iterateStatements } from '../../store/statements.js';
import { SqliteReader, type Reader } from '../../store/reader.js';
import { resolveDbPath } from '../../store/db.js';
import { listEvents, type StoredEvent } from '../../store/events.js';
import { positions } from '../../views/positions.js';
import { issueList } from '../../events/de/patterns.js';
import { createReporter } from '../progress.js';
import { withStore } from '../shared.js';
import { oneLine } from '../terminal.js';
import { describeSummary } from './ingest.js';
import { describeStats } from './stats.js';

const reports = (e: StoredEvent) => new Set(e.mentions.map((m) => m.document)).size;

/** "2025-03-20  CONSULT  Marco Rubio → Sergej Lawrow in Istanbul (3 reports)". */
function eventLine(e: StoredEvent, name: (k: string) => string): string {
  const when = e.date?.value ? `${e.date.value}${e.date.approximate ? '~' : ''}` : 'undated';
  const sides = `${e.actors.map(name).join(' + ')}${e.recipients.length ? ' → ' + e.recipients.map(name).join(' + ') : ''}`;
  const how = [e.mode, ...e.context].filter(Boolean).join(', ');
  return `${when.padEnd(11)} ${e.type}${how ? ` (${how})` : ''}  ${sides}${e.place ? ` in ${e.place}` : ''}  — ${reports(e)} report${reports(e) > 1 ? 's' : ''}`;
}

/** One line per statement with a resolved speaker: "Kaja Kallas (sagte): „…“". */
async function sampleStatements(db: Reader, n: number): Promise<string[]> {
  const names = new Map((await storedActors(db)).map((a) => [a.key, a.name]));
  const out: string[] = [];
  const seen = new Set<string>();
  for await (const s of iterateStatements(db)) {
    if (!s.speaker?.actor || !s.cue) continue;
    const quote = oneLine(s.documentText.slice(...s.quote));
    // the same words from a copy or an updated version of an article: once
    if (seen.has(quote)) continue;
    seen.add(quote);
    out.push(`${names.get(s.speaker.actor) ?? s.speaker.actor} (${s.documentText.slice(...s.cue.span)}, ${s.form}): ${quote.length > 90 ? quote.slice(0, 89) + '…' : quote}`);
    if (out.length >= n) break;
  }
  return out;
}

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled examples/ into the store and summarise it (what `npm start` runs)')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .action(async (opts: { db?: string }) => {
      const reporter = createReporter({ quiet: false });
      const { summary, stats, actors, statements, events, names } = await withStore(opts.db, 'write', async (db) => {
        const summary = await ingest(db, [relative(process.cwd(), EXAMPLES) || '.'], {
          onProblem: (p) => reporter.line(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${p.input}: ${p.reason}`),
          onProgress: (p) => reporter.progress(p),
        });
        const reader = new SqliteReader(db);
        const all = await storedActors(reader);
        return {
          summary, stats: await storeStats(reader), actors: all.filter((a) => a.sector !== 'media').slice(0, 12),
          statements: await sampleStatements(reader, 8), events: await listEvents(reader), names: new Map(all.map((a) => [a.key, a.name])),
        };
      });
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
      if (events.length) {
        const name = (k: string) => names.get(k) ?? k;
        process.stdout.write('What happened (events reported by more than one article first; lagebild timeline shows all)\n');
        const shown = [...events].sort((a, b) => reports(b) - reports(a)).slice(0, 8).sort((a, b) => (a.date?.value ?? '9').localeCompare(b.date?.value ?? '9'));
        for (const e of shown) process.stdout.write(`  ${eventLine(e, name)}\n`);
        process.stdout.write('\nPositions (lagebild positions shows the evidence)\n');
        for (const c of positions(events, issueList()).slice(0, 8)) {
          const label = issueList().find((i) => i.key === c.issue)!.label;
          process.stdout.write(`  ${name(c.actor)} — ${label}: ${[...new Set(c.evidence.map((x) => x.stance))].join(', ')}\n`);
        }
        process.stdout.write('\n');
      }
      process.stdout.write('Try: npx lagebild timeline --actor Putin   ·   npx lagebild positions   ·   npx lagebild actors   ·   npx lagebild search "Waffenruhe"   ·   npx lagebild export --format csv > events.csv\n\n');
      // the demo ends (npm start must return); the browser view is one command away
      const db = relative(process.cwd(), resolveDbPath(opts.db)) || resolveDbPath(opts.db);
      process.stdout.write(`Lagebild im Browser: npx lagebild serve --db ${db}  →  http://127.0.0.1:8080/\n`);
    });
}
