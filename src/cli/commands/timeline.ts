import type { Command } from 'commander';
import { listActors, type StoredActor } from '../../store/actors.js';
import { listEvents, type StoredEvent } from '../../store/events.js';
import { actorStates, exportEvent } from '../../export/json.js';
import { exportIds } from '../../store/actors.js';
import { figureText } from '../../views/figures.js';
import type { DB } from '../../store/db.js';
import { CliError, dateRange, withStore } from '../shared.js';

/** Actor keys whose name, alias, key or QID matches what the user typed (case-insensitive). */
export function actorKeys(db: DB, query: string): string[] {
  const q = query.toLowerCase();
  const all = listActors(db);
  const exact = all.filter((a) => [a.name, a.key, a.id, ...a.aliases].some((n) => n.toLowerCase() === q));
  const hits = exact.length ? exact : all.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q)));
  if (!hits.length) throw new CliError(`no actor matching "${query}" in the store (see: lagebild actors)`);
  return hits.map((a) => a.key);
}

export function actorNames(db: DB): (key: string) => string {
  const byKey = new Map<string, StoredActor>(listActors(db).map((a) => [a.key, a]));
  return (key) => byKey.get(key)?.name ?? key;
}


function line(e: StoredEvent, name: (k: string) => string, sources: Map<string, { source: string; published: string | null }>): string {
  const when = e.date?.value ? `${e.date.value}${e.date.end ? '…' + e.date.end : ''}${e.date.approximate ? ' ~' : ''}` : 'undated';
  const sides = e.recipients.length ? `${e.actors.map(name).join(' + ')} → ${e.recipients.map(name).join(' + ')}` : e.actors.map(name).join(' + ');
  const extra = [e.mode, ...e.context, e.status !== 'occurred' ? e.status : null].filter(Boolean).join(', ');
  const attrs = Object.entries(e.attributes).filter(([k]) => k !== 'issues' && k !== 'topic' && k !== 'dateFrom')
    .map(([k, v]) => `${k} ${figureText(k, v)}`);
  const out = [`${when.padEnd(14)} ${e.type}${extra ? ` (${extra})` : ''}  ${sides}${e.place ? `  in ${e.place}` : ''}${attrs.length ? `  [${attrs.join('; ')}]` : ''}  ${e.id}`];
  if (e.attributes.dateFrom) out.push(`${' '.repeat(15)}date inferred from another report: ${sources.get(e.attributes.dateFrom)?.source ?? e.attributes.dateFrom}`);
  for (const m of e.mentions) {
    const doc = sources.get(m.document);
    out.push(`${' '.repeat(15)}${doc?.published ?? 'undated'}  ${doc?.source ?? m.document} [${m.span[0]}–${m.span[1]}]  ${m.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return out.join('\n');
}

export function documentSources(db: DB): Map<string, { source: string; published: string | null }> {
  return new Map(db.prepare<[], { id: string; source: string; published: string | null }>('SELECT id, source, published FROM documents').all()
    .map((r) => [r.id, { source: r.source, published: r.published }]));
}

export function registerTimeline(program: Command): void {
  program.command('timeline')
    .description('events in time order, merged across reports, each with the sentences it rests on')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actor <name>', 'only events with this actor on either side (name, alias or id)')
    .option('--from <date>', 'from this date (YYYY[-MM[-DD]])')
    .option('--to <date>', 'up to this date (YYYY[-MM[-DD]])')
    .option('--type <type>', 'only this PLOVER type (CONSULT, REQUEST, ACCUSE, …)')
    .option('--json', 'print events as JSON lines, in the export\'s shape')
    .action(async (opts: { db?: string; actor?: string; from?: string; to?: string; type?: string; json?: boolean }) => {
      const { from, to } = dateRange(opts);
      await withStore(opts.db, 'read', (db) => {
        const actors = opts.actor ? actorKeys(db, opts.actor) : undefined;
        const events = listEvents(db, { actors, from, to, type: opts.type });
        if (opts.json) {
          const ids = exportIds(db);
          const stateOf = actorStates(db);
          for (const e of events) process.stdout.write(JSON.stringify(exportEvent(e, ids, stateOf)) + '\n');
          return;
        }
        const name = actorNames(db);
        const sources = documentSources(db);
        for (const e of events) process.stdout.write(line(e, name, sources) + '\n');
        if (!events.length) process.stderr.write('no events match\n');
      });
    });
}
