// The API's description (OpenAPI 3.1), served at /api/openapi.json.
import { PLOVER_TYPES } from '../events/types.js';
import { SPEECH_ACTS } from '../statements/acts.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { ACTOR_KINDS, EVENT_STATUSES, EXPORT_KINDS } from './params.js';

type Schema = Record<string, unknown>;
const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const param = (name: string, schema: Schema, where: 'query' | 'path' = 'query', required = where === 'path') =>
  ({ name, in: where, required, schema, description: schema.description });

const DATE = { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const common = {
  cursor: param('cursor', str('the "next" of the previous page, unchanged')),
  limit: param('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'items per page' }),
  from: param('from', str('from this date (YYYY, YYYY-MM or YYYY-MM-DD)', DATE)),
  to: param('to', str('up to this date, a shorter date taken to its end', DATE)),
  outlet: param('outlet', str('only reports of this outlet (or agency)')),
  document: param('document', str('only this document id')),
};

const page = (description: string) => ({
  200: { description, content: { 'application/json': { schema: { type: 'object', required: ['items', 'next'],
    properties: { items: { type: 'array', items: { type: 'object' } }, next: { type: ['string', 'null'], description: 'cursor of the next page, null at the end (a page of a rare filter may hold fewer items than limit: go on while next is not null)' } } } } } },
  400: { $ref: '#/components/responses/BadRequest' },
});
const one = (description: string) => ({
  200: { description, content: { 'application/json': { schema: { type: 'object' } } } },
  400: { $ref: '#/components/responses/BadRequest' }, 404: { $ref: '#/components/responses/BadRequest' },
});
const get = (summary: string, parameters: unknown[], responses: unknown) => ({ get: { summary, parameters, responses } });

export function openApi() {
  return {
    openapi: '3.1.0',
    info: { title: 'Lagebild API', version: '0.1.0', description: 'The situation picture of a Lagebild store: merged events, statements, actors, documents with their annotations as spans ([begin, end) UTF-16 offsets into the document text), positions and full-text search. Read only.' },
    paths: {
      '/api/health': get('the server is up; counts of the store', [], { 200: { description: 'ok' } }),
      '/api/events': get('merged events, newest first', [common.from, common.to, param('actor', str('actor id or key, on either side')),
        param('type', str('PLOVER type', { enum: PLOVER_TYPES })), param('issue', str('issue key (ceasefire, energy, …)')), common.outlet,
        param('status', str('occurred, planned, hypothetical, negated, or disputed (reports give differing figures)', { enum: EVENT_STATUSES })),
        common.document, common.cursor, common.limit], page('a page of event summaries')),
      '/api/events/{id}': get('one event with every report, its sentence and source, disputed figures and announced → happened links',
        [param('id', str('event id'), 'path')], one('the event')),
      '/api/statements': get('statements, newest report first', [param('speaker', str('actor id or key')), param('act', str('speech act', { enum: SPEECH_ACTS })),
        param('q', str('words in the message (stemmed)')), common.from, common.to, common.outlet, common.document,
        param('all', str('true: also duplicates and quotations inside other statements', { enum: ['true', 'false'] })), common.cursor, common.limit],
      page('a page of statements')),
      '/api/actors': get('actors, most mentioned first', [param('kind', str('kind', { enum: ACTOR_KINDS })), param('q', str('part of the name or an alias')),
        common.cursor, common.limit], page('a page of actors')),
      '/api/actors/{id}': get('one actor: roles, statements by speech act over time, events done and suffered, positions',
        [param('id', str('actor id (Wikidata QID where known) or key'), 'path')], one('the actor')),
      '/api/documents/{id}': get('a document\'s original text and every annotation as spans into it', [param('id', str('document id'), 'path')], one('the document')),
      '/api/positions': get('actor × issue cells with their evidence', [param('actor', str('actor id or key')), param('issue', str('issue key')),
        common.cursor, common.limit], page('a page of cells')),
      '/api/search': get('full-text search over sentences, each word as its stem („telefonieren" finds „telefonierte")',
        [param('q', str('words, or FTS5 syntax'), 'query', true), common.cursor, common.limit], page('a page of matching sentences')),
      '/api/network': get('who does what to whom over a period: nodes and edges of two-sided events',
        [common.from, common.to, param('type', str('PLOVER type', { enum: PLOVER_TYPES }))], one('the graph')),
      '/api/export': get('the store as a file', [param('kind', str('records', { enum: EXPORT_KINDS, default: 'events' })),
        param('format', str('json, csv (RFC 4180), jsonl, plover (events as PLOVER JSON lines)', { enum: EXPORT_FORMATS, default: 'json' }))],
      { 200: { description: 'the export, streamed' }, 400: { $ref: '#/components/responses/BadRequest' } }),
      '/api/changes': get('server-sent events (text/event-stream): "hello" at once, then "changed" whenever an ingest or a watcher committed to the store, each with {documents, events}', [],
        { 200: { description: 'an event stream that stays open', content: { 'text/event-stream': { schema: { type: 'string' } } } } }),
      '/api/openapi.json': get('this description', [], { 200: { description: 'OpenAPI 3.1' } }),
    },
    components: {
      responses: {
        BadRequest: { description: 'a parameter is unknown or invalid, or nothing has this id', content: { 'application/json': {
          schema: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, status: { type: 'integer' } } } } } },
      },
    },
  };
}
