// The actor knowledge base: persons, organizations, states and groups from the reviewed
// YAML files in data/actors/, plus any files a user passes (`--actors my-actors.yaml`).
// A user entry with the id of a bundled one replaces it, so corrections need no code.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataFile } from '../data/load.js';

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
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const QID = /^Q[1-9]\d*$/;

export class ActorFileError extends Error {}

const list = (v: unknown): string[] => (v == null ? [] : (Array.isArray(v) ? v : [v]).map(String));
const text = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

function readEntry(raw: unknown, where: string, origin: Actor['origin']): Actor {
  if (!raw || typeof raw !== 'object') throw new ActorFileError(`${where}: an entry must be a mapping with id, name and kind`);
  const r = raw as Record<string, unknown>;
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
    const o = (x ?? {}) as Record<string, unknown>;
    const role = text(o.role);
    if (!role) throw new ActorFileError(`${where} (${id}): role ${i + 1} has no 'role'`);
    for (const k of ['from', 'to'] as const) {
      const v = o[k] instanceof Date ? (o[k] as Date).toISOString().slice(0, 10) : text(o[k]);
      // "to: ?" says the office has ended or may have, on a date we do not know
      if (v && !DATE.test(v) && !(k === 'to' && v === '?')) throw new ActorFileError(`${where} (${id}): role ${role} '${k}' must be YYYY, YYYY-MM or YYYY-MM-DD${k === 'to' ? ' (or ? when the end is unknown)' : ''}, not ${JSON.stringify(o[k])}`);
      o[k] = v;
    }
    return { role, of: text(o.of), from: o.from as string | null, to: o.to as string | null };
  });
  return {
    id, name, kind: kind as ActorKind, wikidata, gender: gender as Actor['gender'], party: text(r.party),
    country: text(r.country), sector: text(r.sector), aliases: list(r.aliases).filter((a) => a !== name), roles,
    adjectives: list(r.adjective), capitals: [...list(r.capital), ...list(r.capital_aliases)], prefixes: list(r.prefixes),
    article: text(r.article), origin,
  };
}

/** Entries of one YAML (or JSON) file: a list, or a mapping with an `actors` list. */
export function readActorFile(path: string, origin: Actor['origin']): Actor[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
  } catch (e) {
    throw new ActorFileError(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = Array.isArray(doc) ? doc : (doc as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(entries)) throw new ActorFileError(`${path}: expected a list of actors (or 'actors:' with a list)`);
  return entries.map((e, i) => readEntry(e, `${path}, entry ${i + 1}`, origin));
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

/** The id other tools see: the Wikidata QID when known, our own id otherwise. */
export function exportId(actor: Pick<Actor, 'id' | 'wikidata'>): string {
  return actor.wikidata ?? actor.id;
}
