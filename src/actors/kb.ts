// The actor knowledge base: persons, organizations, states and groups from the reviewed
// YAML files in data/actors/, plus any files a user passes (`--actors my-actors.yaml`).
// A user entry with the id of a bundled one replaces it, so corrections need no code.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { packageVersion, readCache, writeCache } from '../util/cache.js';
import { dataFile } from '../data/load.js';
import { isCalendarDate } from '../read/dates.js';

export type ActorKind = 'person' | 'organization' | 'state' | 'group';

export interface ActorRole {
  role: string;
  /** The state or organization the role belongs to (an actor id), when known. */
  of: string | null;
  /** YYYY[-MM[-DD]], null when not known. */
  from: string | null;
  to: string | null;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  wikidata: string | null;
  gender: 'm' | 'f' | null;
  party: string | null;
  /** A person's or institution's state (actor id). */
  country: string | null;
  /** 'media' for agencies, papers and broadcasters. */
  sector: string | null;
  aliases: string[];
  roles: ActorRole[];
  /** States: adjective stems ("russisch"), capitals, compound prefixes ("US-"), article of feminine or plural names. */
  adjectives: string[];
  capitals: string[];
  prefixes: string[];
  article: string | null;
  origin: 'kb' | 'user' | 'document';
  /** Document-local actors: the words that introduced them ("Sondergesandter"). */
  introducedAs?: string;
}

export interface KnowledgeBase {
  actors: Map<string, Actor>;
  /** The files it was read from, bundled first. */
  files: string[];
}

const KINDS = new Set(['person', 'organization', 'state', 'group']);
const QID = /^Q[1-9]\d*$/;

export class ActorFileError extends Error {}

/** Larger actor files are refused (the bundled persons, ~380 of them, take 100 KB). */
export const MAX_ACTOR_FILE_BYTES = 4 * 1024 * 1024;

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const list = (v: unknown, field: string, where: string): string[] => {
  if (v == null) return [];
  const items = Array.isArray(v) ? v : [v];
  if (!items.every(isScalar)) throw new ActorFileError(`${where}: ${field} must be a name or a list of names, not ${JSON.stringify(v).slice(0, 60)}`);
  return items.map(String);
};
const text = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

function readEntry(raw: unknown, where: string, origin: Actor['origin']): Actor {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ActorFileError(`${where}: an entry must be a mapping with id, name and kind`);
  const r = raw as Record<string, unknown>;
  for (const k of ['id', 'name', 'kind', 'wikidata', 'gender', 'party', 'country', 'sector', 'article'])
    if (r[k] != null && !isScalar(r[k])) throw new ActorFileError(`${where}: ${k} must be a single value, not ${JSON.stringify(r[k]).slice(0, 60)}`);
  if (r.roles != null && !Array.isArray(r.roles)) throw new ActorFileError(`${where}: roles must be a list of {role, of, from, to}, not ${JSON.stringify(r.roles).slice(0, 60)}`);
  const id = text(r.id);
  const name = text(r.name);
  const kind = text(r.kind) ?? 'person';
  if (!id || !/^[\p{Ll}\p{N}][\p{Ll}\p{N}._:-]*$/u.test(id)) throw new ActorFileError(`${where}: id ${JSON.stringify(r.id)} must be lower case letters, digits, '-', '.', ':'`);
  if (!name) throw new ActorFileError(`${where} (${id}): name is missing`);
  if (!KINDS.has(kind)) throw new ActorFileError(`${where} (${id}): kind must be person, organization, state or group, not ${JSON.stringify(kind)}`);
  const wikidata = text(r.wikidata);
  if (wikidata && !QID.test(wikidata)) throw new ActorFileError(`${where} (${id}): wikidata ${JSON.stringify(wikidata)} is not a QID like Q7747`);
  const gender = text(r.gender);
  if (gender && gender !== 'm' && gender !== 'f') throw new ActorFileError(`${where} (${id}): gender must be m or f`);
  const roles = (Array.isArray(r.roles) ? r.roles : []).map((x: unknown, i: number): ActorRole => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) throw new ActorFileError(`${where} (${id}): role ${i + 1} must be a mapping {role, of, from, to}`);
    const o = x as Record<string, unknown>;
    const role = text(o.role);
    if (!role) throw new ActorFileError(`${where} (${id}): role ${i + 1} has no 'role'`);
    for (const k of ['from', 'to'] as const) {
      const v = o[k] instanceof Date ? (o[k] as Date).toISOString().slice(0, 10) : text(o[k]);
      // "to: ?" says the office has ended or may have, on a date we do not know
      if (v && !isCalendarDate(v) && !(k === 'to' && v === '?')) throw new ActorFileError(`${where} (${id}): role ${role} '${k}' must be YYYY, YYYY-MM or YYYY-MM-DD of a date that exists${k === 'to' ? ' (or ? when the end is unknown)' : ''}, not ${JSON.stringify(o[k])}`);
      o[k] = v;
    }
    return { role, of: text(o.of), from: o.from as string | null, to: o.to as string | null };
  });
  return {
    id, name, kind: kind as ActorKind, wikidata, gender: gender as Actor['gender'], party: text(r.party),
    country: text(r.country), sector: text(r.sector), aliases: list(r.aliases, 'aliases', where).filter((a) => a !== name), roles,
    adjectives: list(r.adjective, 'adjective', where), capitals: [...list(r.capital, 'capital', where), ...list(r.capital_aliases, 'capital_aliases', where)],
    prefixes: list(r.prefixes, 'prefixes', where),
    article: text(r.article), origin,
  };
}

/** A regular file's text, at most MAX_ACTOR_FILE_BYTES: a FIFO or a device is refused, not waited on or read. */
function readBounded(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ActorFileError(`${path}: not a regular file; actor files are YAML files`);
    if (st.size > MAX_ACTOR_FILE_BYTES) throw new ActorFileError(`${path}: ${(st.size / 1048576).toFixed(1)} MB is larger than an actor file may be (${MAX_ACTOR_FILE_BYTES / 1048576} MB)`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Entries of one YAML (or JSON) file: a list, or a mapping with an `actors` list. */
export function readActorFile(path: string, origin: Actor['origin']): Actor[] {
  let text: string;
  try {
    text = readBounded(path);
  } catch (e) {
    if (e instanceof ActorFileError) throw e;
    throw new ActorFileError(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  // (only the bundled files: a user's are read once per run, and a test's temporary ones would pile up)
  if (!bundled(path)) return parseActors(path, text, origin);
  const { name, key } = actorCacheEntry(path, text, origin);
  const hit = cachedActors(name, key);
  if (hit) return hit;
  const actors = parseActors(path, text, origin);
  writeCache(name, JSON.stringify({ key, actors }));
  return actors;
}

const bundled = (path: string) => resolve(path).startsWith(resolve(dataFile('actors')) + sep);

function parseActors(path: string, text: string, origin: Actor['origin']): Actor[] {
  let doc: unknown;
  try {
    doc = parse(text, { prettyErrors: true });
  } catch (e) {
    throw new ActorFileError(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = Array.isArray(doc) ? doc : (doc as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(entries)) throw new ActorFileError(`${path}: expected a list of actors (or 'actors:' with a list)`);
  return entries.map((e, i) => readEntry(e, `${path}, entry ${i + 1}`, origin));
}

// Parsing the YAML takes about half a second for the bundled persons, paid by every command and
// every worker thread; the checked actors are cached as JSON, one file per bundled actor file,
// keyed by the file's text and the code that reads and checks it (this module, the date check
// and the YAML package's version): a change to any of them invalidates every entry.
let codeHash: string | undefined;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const CHECKING_CODE = [import.meta.url, new URL('../read/dates.js', import.meta.url).href];

/** The cache file of a bundled actor file and the key its entry must carry. */
export function actorCacheEntry(path: string, text: string, origin: Actor['origin']): { name: string; key: string } {
  codeHash ??= sha1([...CHECKING_CODE.map((url) => readFileSync(fileURLToPath(url), 'utf8')), `yaml ${packageVersion('yaml')}`].join('\n'));
  return { name: `actors-${sha1(resolve(path)).slice(0, 16)}-${origin}.json`, key: sha1(`${codeHash}\n${origin}\n${text}`) };
}

function cachedActors(name: string, key: string): Actor[] | undefined {
  const text = readCache(name);
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as { key?: string; actors?: Actor[] };
    return entry.key === key && Array.isArray(entry.actors) ? entry.actors : undefined;
  } catch {
    return undefined; // a damaged entry is rebuilt
  }
}

const cache = new Map<string, KnowledgeBase>();

/** The bundled knowledge base plus the user's files (later files win on equal ids). Cached per file list. */
export function loadKnowledgeBase(userFiles: readonly string[] = []): KnowledgeBase {
  const key = userFiles.join('\n');
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = dataFile('actors');
  const bundled = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${dir}/${f}`);
  const actors = new Map<string, Actor>();
  for (const file of bundled) {
    for (const a of readActorFile(file, 'kb')) {
      if (actors.has(a.id)) throw new ActorFileError(`${file}: id ${a.id} is used twice in the bundled data`);
      actors.set(a.id, a);
    }
  }
  for (const file of userFiles) for (const a of readActorFile(file, 'user')) actors.set(a.id, a);
  const kb = { actors, files: [...bundled, ...userFiles] };
  cache.set(key, kb);
  return kb;
}

/**
 * The knowledge base read on first use: an unchanged re-ingest, which stores nothing, never
 * parses the actor files. Actor files of the user's are read at once (a broken one must stop
 * the run before any document is read).
 */
export function lazyKnowledgeBase(userFiles: readonly string[] = []): KnowledgeBase {
  if (userFiles.length || cache.has('')) return loadKnowledgeBase(userFiles);
  let kb: KnowledgeBase | undefined;
  const load = () => (kb ??= loadKnowledgeBase());
  return { get actors() { return load().actors; }, get files() { return load().files; } };
}

/** The id other tools see: the Wikidata QID when known, our own id otherwise. */
export function exportId(actor: Pick<Actor, 'id' | 'wikidata'>): string {
  return actor.wikidata ?? actor.id;
}
