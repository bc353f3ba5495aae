import { Option, type Command } from 'commander';
import { storedActors, type StoredActor } from '../../store/actors.js';
import { listEvents, type StoredEvent } from '../../store/events.js';
import { exportEvent, statesBy } from '../../export/json.js';
import { figureText } from '../../views/figures.js';
import type { Reader } from '../../store/reader.js';
import { CliError, dateRange, withReader } from '../shared.js';
import { dateOptions, oneOf } from '../options.js';
import { fit, oneLine, terminalWidth } from '../terminal.js';
import { PLOVER_TYPES } from '../../events/types.js';

/** The store's actors as the read commands name them: a name by key, the exported ids, a member's state. */
export interface ActorLookup {
  all: StoredActor[];
  name(key: string): string;
  ids: Map<string, string>;
  stateOf(key: string): string | null;
}

export async function actorLookup(db: Reader): Promise<ActorLookup> {
  const all = await storedActors(db);
  const byKey = new Map(all.map((a) => [a.key, a]));
  return { all, name: (key) => byKey.get(key)?.name ?? key, ids: new Map(all.map((a) => [a.key, a.id])), stateOf: statesBy(all) };
}

/** Actor keys whose name, alias, key or QID matches what the user typed (case-insensitive). */
export function actorKeys(all: readonly StoredActor[], query: string): string[] {
  const q = query.toLowerCase();
  const exact = all.filter((a) => [a.name, a.key, a.id, ...a.aliases].some((n) => n.toLowerCase() === q));
  const hits = exact.length ? exact : all.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q)));
  if (!hits.length) throw new CliError(`no actor matching "${query}" in the store (see: lagebild actors)`);
  return hits.map((a) => a.key);
}



/** What a reader knows a document by: its outlet (or agency), else its file name or id. */
export function outletOf(doc: DocumentSource | undefined, id: string): string {
  return oneLine(doc ? doc.outlet ?? doc.source : id);
}

function line(e: StoredEvent, name: (k: string) => string, sources: Map<string, DocumentSource>, width: number | undefined): string {
  const when = e.date?.value ? `${e.date.value}${e.date.end ? '…' + e.date.end : ''}${e.date.approximate ? ' ~' : ''}` : 'undated';
  const sides = e.recipients.length ? `${e.actors.map(name).join(' + ')} → ${e.recipients.map(name).join(' + ')}` : e.actors.map(name).join(' + ');
  const extra = [e.mode, ...e.context, e.status !== 'occurred' ? e.status : null].filter(Boolean).join(', ');
  const attrs = Object.entries(e.attributes).filter(([k]) => k !== 'issues' && k !== 'topic' && k !== 'dateFrom')
    .map(([k, v]) => `${k} ${figureText(k, v)}`);
  const out = [`${when.padEnd(14)} ${e.type}${extra ? ` (${extra})` : ''}  ${oneLine(sides)}${e.place ? `  in ${oneLine(e.place)}` : ''}${attrs.length ? `  [${oneLine(attrs.join('; '))}]` : ''}  event ${e.id}`];
  if (e.attributes.dateFrom) out.push(`${' '.repeat(15)}date inferred from another report: ${outletOf(sources.get(e.attributes.dateFrom), e.attributes.dateFrom)} (${e.attributes.dateFrom})`);
  for (const m of e.mentions) {
    const doc = sources.get(m.document);
    out.push(`${' '.repeat(15)}${doc?.published ?? 'undated'}  ${outletOf(doc, m.document)}  ${m.document} [${m.span[0]}–${m.span[1]}]  ${oneLine(m.text)}`);
  }
  return out.map((l) => fit(l, width)).join('\n');
}

export interface DocumentSource { source: string; outlet: string | null; published: string | null }

export async function documentSources(db: Reader): Promise<Map<string, DocumentSource>> {
  const rows = await db.all<{ id: string; source: string; outlet: string | null; published: string | null }>('SELECT id, source, coalesce(outlet, agency) outlet, published FROM documents');
  return new Map(rows.map((r) => [r.id, { source: r.source, outlet: r.outlet, published: r.published }]));
}

export function registerTimeline(program: Command): void {
  program.command('timeline')
    .description('events in time order, merged across reports, each with the sentences it rests on')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actor <name>', 'only events with this actor on either side (name, alias or id)')
    .addOption(dateOptions('events')[0]!).addOption(dateOptions('events')[1]!)
    .addOption(new Option('--type <type>', `only this PLOVER type: ${PLOVER_TYPES.join(', ')}`).argParser(oneOf(PLOVER_TYPES)))
    .option('--event <id>', 'only this event (the id each event shows)')
    .option('--json', 'print events as JSON lines, in the export\'s shape')
    .action(async (opts: { db?: string; actor?: string; from?: string; to?: string; type?: string; event?: string; json?: boolean }) => {
      const { from, to } = dateRange(opts);
      await withReader(opts.db, async (db) => {
        const lookup = await actorLookup(db);
        const actors = opts.actor ? actorKeys(lookup.all, opts.actor) : undefined;
        const events = (await listEvents(db, { actors, from, to, type: opts.type })).filter((e) => !opts.event || e.id === opts.event);
        if (opts.event && !events.length) throw new CliError(`no event ${oneLine(opts.event)} matches (see: lagebild timeline)`);
        if (opts.json) {
          for (const e of events) process.stdout.write(JSON.stringify(exportEvent(e, lookup.ids, lookup.stateOf)) + '\n');
          return;
        }
        const name = lookup.name;
        const sources = await documentSources(db);
        const width = terminalWidth();
        for (const e of events) process.stdout.write(line(e, name, sources, width) + '\n');
        if (!events.length) process.stderr.write('no events match\n');
      });
    });
}
