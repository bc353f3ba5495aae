// The JSON API under /api/ (documented in ./openapi.ts): every list is a page with a cursor
// ("next", passed back as ?cursor=), every parameter is checked by ./params.ts.
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import type { Reader } from '../store/reader.js';
import { issueList } from '../events/de/patterns.js';
import { CONTENT_TYPES, EXPORT_FORMATS, exportProblem, writeExport } from '../export/formats.js';
import { ACTOR_KINDS, EVENT_STATUSES, EXPORT_KINDS, Params, RequestError } from './params.js';
import { requireActor } from './queries/common.js';
import { eventDetail, eventsPage, isEventCursor, type EventFilter } from './queries/events.js';
import { isStatementCursor, statementsPage, type StatementFilter } from './queries/statements.js';
import { actorDetail, actorsPage, isActorCursor } from './queries/actors.js';
import { documentDetail } from './queries/documents.js';
import { isPositionCursor, positionsPage } from './queries/positions.js';
import { isSearchCursor, searchPage } from './queries/search.js';
import { network } from './queries/network.js';
import { openApi } from './openapi.js';
import { changesStream, StoreChanges } from './changes.js';

const query = (c: Context, allowed: readonly string[]) => new Params(c.req.query(), allowed);
const issueKeys = () => issueList().map((i) => i.key);

export const EVENT_PARAMS = ['from', 'to', 'actor', 'type', 'issue', 'outlet', 'status', 'document', 'cursor', 'limit'] as const;

/** The event filter of a request (the API's and the Lage page's). */
export async function eventFilter(db: Reader, p: Params): Promise<EventFilter> {
  const actor = p.text('actor');
  return {
    from: p.date('from'), to: p.date('to'), actor: actor ? (await requireActor(db, actor)).key : undefined, type: p.type(),
    issue: p.oneOf('issue', issueKeys()), outlet: p.text('outlet'), status: p.oneOf('status', EVENT_STATUSES), document: p.text('document'),
  };
}

export const STATEMENT_PARAMS = ['speaker', 'act', 'q', 'from', 'to', 'outlet', 'document', 'all', 'cursor', 'limit'] as const;

export async function statementFilter(db: Reader, p: Params): Promise<StatementFilter> {
  const speaker = p.text('speaker');
  return {
    speaker: speaker ? (await requireActor(db, speaker, 'speaker')).key : undefined, act: p.act(), q: p.text('q'),
    from: p.date('from'), to: p.date('to'), outlet: p.text('outlet'), document: p.text('document'), all: p.oneOf('all', ['true', 'false']) === 'true',
  };
}

export function api(db: Reader): Hono {
  const app = new Hono();
  app.get('/health', async (c) => {
    query(c, []);
    const count = async (table: string) => (await db.get<{ n: number }>(`SELECT count(*) n FROM ${table}`))!.n;
    return c.json({ status: 'ok', documents: await count('documents'), events: await count('events'), actors: await count('actors') });
  });
  app.get('/openapi.json', (c) => { query(c, []); return c.json(openApi()); });
  const stream = changesStream(new StoreChanges(db));
  app.get('/changes', (c) => { query(c, []); return stream(c); });
  app.get('/events', async (c) => {
    const p = query(c, EVENT_PARAMS);
    return c.json(await eventsPage(db, await eventFilter(db, p), p.limit(), p.cursor(isEventCursor)));
  });
  app.get('/events/:id', async (c) => { query(c, []); return c.json(await eventDetail(db, c.req.param('id'))); });
  app.get('/statements', async (c) => {
    const p = query(c, STATEMENT_PARAMS);
    return c.json(await statementsPage(db, await statementFilter(db, p), p.limit(), p.cursor(isStatementCursor)));
  });
  app.get('/actors', async (c) => {
    const p = query(c, ['kind', 'q', 'cursor', 'limit']);
    return c.json(await actorsPage(db, { kind: p.oneOf('kind', ACTOR_KINDS), q: p.text('q') }, p.limit(), p.cursor(isActorCursor)));
  });
  app.get('/actors/:id', async (c) => {
    query(c, []);
    return c.json(await actorDetail(db, await requireKnownActor(db, c.req.param('id'))));
  });
  app.get('/documents/:id', async (c) => { query(c, []); return c.json(await documentDetail(db, c.req.param('id'))); });
  app.get('/positions', async (c) => {
    const p = query(c, ['actor', 'issue', 'cursor', 'limit']);
    const actor = p.text('actor');
    return c.json(await positionsPage(db, { actor: actor ? (await requireActor(db, actor)).key : undefined, issue: p.oneOf('issue', issueKeys()) },
      p.limit(), p.cursor(isPositionCursor)));
  });
  app.get('/search', async (c) => {
    const p = query(c, ['q', 'cursor', 'limit']);
    return c.json(await searchPage(db, p.required('q'), p.limit(), p.cursor(isSearchCursor)));
  });
  app.get('/network', async (c) => {
    const p = query(c, ['from', 'to', 'type']);
    return c.json(await network(db, { from: p.date('from'), to: p.date('to'), type: p.type() }));
  });
  app.get('/export', (c) => exportResponse(c, db));
  return app;
}

/** An actor a path names, or a 404. */
export async function requireKnownActor(db: Reader, id: string) {
  try {
    return await requireActor(db, id, 'id');
  } catch {
    throw new RequestError(`no actor "${id.slice(0, 80)}" in the store`, 404);
  }
}

function exportResponse(c: Context, db: Reader) {
  const p = query(c, ['kind', 'format']);
  const kind = p.oneOf('kind', EXPORT_KINDS) ?? 'events';
  const format = p.oneOf('format', EXPORT_FORMATS) ?? 'json';
  const problem = exportProblem(kind, format);
  if (problem) throw new RequestError(problem);
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="lagebild-${kind}.${format === 'plover' ? 'plover.jsonl' : format}"`);
  return stream(c, async (s) => {
    await writeExport(db, format, kind, (chunk) => s.write(chunk).then(() => undefined));
  });
}
