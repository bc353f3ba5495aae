import type { Command } from 'commander';
import { storeStats, type StoreStats } from '../../store/stats.js';
import { resolveDbPath } from '../../store/db.js';
import { shownLocation } from '../../store/postgres/client.js';
import { postgresLocation, withReader } from '../shared.js';
import { fit, printable, terminalWidth } from '../terminal.js';

export function describeStats(s: StoreStats, path: string): string {
  const top = (r: Record<string, number>, n = 6) => Object.entries(r).slice(0, n).map(([k, v]) => `${printable(k)} ${v}`).join(', ');
  const months = Object.entries(s.byMonth);
  const recent = months.slice(-12).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `Store ${printable(path)}`,
    `  documents   ${s.documents} (${s.duplicates} duplicates, ${s.versions} updated versions, ${s.undated} undated)`,
    `  published   ${s.firstPublished ?? '–'} … ${s.lastPublished ?? '–'}`,
    `  formats     ${top(s.byFormat)}`,
    `  agencies    ${top(s.byAgency)}`,
    `  months      ${months.length > 12 ? `(last 12 of ${months.length}) ` : ''}${recent}`,
    `  sentences   ${s.sentences} (${s.repeatedParagraphs} repeated paragraphs not counted twice)`,
    `  actors      ${s.actors} (${s.mentions} mentions, ${s.unresolved} left unresolved)`,
    `  statements ${s.statements} · events ${s.events} (merged in ${s.mergeSteps} step${s.mergeSteps === 1 ? '' : 's'}`
      + `${s.unmerged ? `; ${s.unmerged} documents not merged yet: the next ingest merges them` : ''}${s.replayDue ? '; a rebuild is due' : ''})`,
  ].map((l) => fit(l, terminalWidth())).join('\n');
}

export function registerStats(program: Command): void {
  program.command('stats')
    .description('what is in the store')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--json', 'print as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const s = await withReader(opts.db, storeStats);
      const postgres = postgresLocation(opts.db);
      process.stdout.write(opts.json ? JSON.stringify(s) + '\n' : describeStats(s, postgres ? shownLocation(postgres) : resolveDbPath(opts.db)) + '\n');
    });
}
