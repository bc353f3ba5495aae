// Query parameters of the API and the pages, validated before anything reads the store: a
// parameter the endpoint does not know, a malformed value or a huge one is a 400 with a
// message that names it, never a crash.
import { PLOVER_TYPES } from '../events/types.js';
import { SPEECH_ACTS } from '../statements/acts.js';

/** A request the server refuses with this status and message (shown as JSON by the API, as a page by the UI). */
export class RequestError extends Error {
  constructor(message: string, readonly status: 400 | 404 = 400) { super(message); }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** The longest value any parameter may have. */
const MAX_LENGTH = 300;

export const EVENT_STATUSES = ['occurred', 'planned', 'hypothetical', 'negated', 'disputed'] as const;
export const ACTOR_KINDS = ['person', 'organization', 'state', 'group'] as const;
export const EXPORT_KINDS = ['events', 'statements', 'actors'] as const;

/** The query of one request, read parameter by parameter; unknown parameters are refused. */
export class Params {
  private readonly values: Record<string, string>;

  constructor(query: Record<string, string>, allowed: readonly string[]) {
    this.values = query;
    for (const [k, v] of Object.entries(query)) {
      if (!allowed.includes(k)) throw new RequestError(`unknown parameter "${clip(k)}" (allowed: ${allowed.join(', ') || 'none'})`);
      if (v.length > MAX_LENGTH) throw new RequestError(`parameter "${k}" is longer than ${MAX_LENGTH} characters`);
    }
  }

  /** A trimmed value, or undefined when absent or empty. */
  text(name: string): string | undefined {
    const v = this.values[name]?.trim();
    if (v && /[\u0000-\u001f]/.test(v)) throw new RequestError(`parameter "${name}" contains control characters`);
    return v || undefined;
  }

  required(name: string): string {
    const v = this.text(name);
    if (v === undefined) throw new RequestError(`parameter "${name}" is required`);
    return v;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.text(name);
    if (v !== undefined && !allowed.includes(v as T)) throw new RequestError(`parameter "${name}" must be one of ${allowed.join(', ')}, not "${clip(v)}"`);
    return v as T | undefined;
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD, a real month and day. */
  date(name: string): string | undefined {
    const v = this.text(name);
    if (v === undefined) return undefined;
    const m = DATE.exec(v);
    const month = m?.[2] ? Number(m[2]) : 1;
    const day = m?.[3] ? Number(m[3]) : 1;
    if (!m || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate())
      throw new RequestError(`parameter "${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "${clip(v)}"`);
    return v;
  }

  int(name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
    const v = this.text(name);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new RequestError(`parameter "${name}" must be a whole number from ${min} to ${max}, not "${clip(v)}"`);
    return Number(v);
  }

  /** A cursor handed out by an earlier page of the same list, checked by `valid`. */
  cursor<T>(valid: (x: unknown) => x is T): T | undefined {
    const v = this.text('cursor');
    if (v === undefined) return undefined;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(v, 'base64url').toString('utf8'));
    } catch {
      decoded = undefined;
    }
    if (!valid(decoded)) throw new RequestError('parameter "cursor" is not a cursor of this list (pass on "next" of the previous page unchanged)');
    return decoded;
  }

  type(): string | undefined {
    return this.oneOf('type', PLOVER_TYPES);
  }

  act(): string | undefined {
    return this.oneOf('act', SPEECH_ACTS);
  }

  /** The page size, 50 unless asked: at most 200. */
  limit(): number {
    return this.int('limit', { min: 1, max: 200, fallback: 50 });
  }
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** `to` compared as its last possible day ("2025-03" takes all of March). */
export const endOf = (to: string | undefined) => (to && to.length < 10 ? to + '-99' : to);

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

/** Type guards for cursors. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isStr = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_LENGTH;
export const isNat = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
