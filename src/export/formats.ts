// Every export by kind and format, written through one sink (a file, stdout, an HTTP
// response): the command line's `export` and the API's /api/export share it.
import type { Reader } from '../store/reader.js';
import { exportActor, exportEvent, exportStatement } from './json.js';
import { csvLine, csvRow } from './csv.js';
import { ploverRecord } from './plover.js';
import { eventBatches, exportContext, statementBatches, type ExportContext } from './records.js';
import { storedActors, type StoredActor } from '../store/actors.js';
import { ACTOR_COLUMNS, actorRow, EVENT_COLUMNS, eventRow, STATEMENT_COLUMNS, statementRow, type Row } from './tables.js';

export const EXPORT_FORMATS = ['json', 'csv', 'jsonl', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportKind = 'events' | 'statements' | 'actors';

/** Writes a chunk; resolves when the reader can take more. */
export type Sink = (chunk: string) => Promise<void> | void;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/x-ndjson; charset=utf-8', plover: 'application/x-ndjson; charset=utf-8',
};

/** Why a kind and format do not go together, or null when they do. */
export function exportProblem(kind: ExportKind | undefined, format: ExportFormat): string | null {
  if (format === 'plover' && kind && kind !== 'events') return 'the plover format holds events only';
  return null;
}

interface Table<T> {
  columns: readonly string[]; batches: (db: Reader) => AsyncIterable<T[]>; row: (x: T, c: ExportContext) => Row; record: (x: T, c: ExportContext) => unknown;
  /** The documents a batch's records name (their metadata is read before the batch is written). */
  documents?: (batch: T[]) => string[];
}

async function* actorBatches(db: Reader): AsyncGenerator<StoredActor[]> {
  yield (await storedActors(db)).filter((a) => a.mentions > 0);
}

const TABLES = {
  events: { columns: EVENT_COLUMNS, batches: eventBatches, row: eventRow, record: (e, c) => exportEvent(e, c.ids, c.stateOf),
    documents: (batch) => batch.flatMap((e) => e.mentions.map((m) => m.document)) },
  statements: { columns: STATEMENT_COLUMNS, batches: statementBatches, row: statementRow,
    record: (s, c) => ({ ...exportStatement(s, c.ids), published: s.doc.published, outlet: s.doc.outlet ?? s.doc.agency, source: s.doc.source }) },
  actors: { columns: ACTOR_COLUMNS, batches: actorBatches, row: actorRow, record: (a) => exportActor(a) },
} satisfies { events: Table<Parameters<typeof eventRow>[0]>; statements: Table<Parameters<typeof statementRow>[0]>; actors: Table<Parameters<typeof actorRow>[0]> };

/**
 * One kind of record (the whole export of the contract is ./json.ts's writeJsonExport): json as
 * {"<kind>": [...]} in the contract's record shapes, jsonl one such record a line, csv a header
 * and one row per record, plover one PLOVER event a line.
 */
export async function writeExport(db: Reader, format: ExportFormat, k: ExportKind, write: Sink): Promise<void> {
  const table = TABLES[k] as Table<unknown>;
  const context = await exportContext(db);
  let first = true;
  if (format === 'csv') await write(csvLine(table.columns));
  if (format === 'json') await write(`{"${k}": [`);
  for await (const batch of table.batches(db)) {
    if (table.documents) await context.load(table.documents(batch));
    let chunk = '';
    for (const x of batch) {
      if (format === 'csv') chunk += csvRow(table.columns, table.row(x, context));
      else if (format === 'plover') chunk += JSON.stringify(ploverRecord(x as never, context)) + '\n';
      else if (format === 'jsonl') chunk += JSON.stringify(table.record(x, context)) + '\n';
      else { chunk += (first ? '\n ' : ',\n ') + JSON.stringify(table.record(x, context)); first = false; }
    }
    if (chunk) await write(chunk);
  }
  if (format === 'json') await write('\n]}\n');
}
