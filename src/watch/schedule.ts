// When a watched feed is asked again: every interval after a success; after errors in a row
// the wait doubles with each, and a server's Retry-After is not cut short; never beyond a day.

/** "10m", "30s", "2h", "1h30m" → milliseconds; null when it is no such duration. */
export function parseEvery(text: string): number | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || !text.trim() || m.slice(1).every((x) => x === undefined)) return null;
  const ms = ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
  return ms > 0 ? ms : null;
}

/** "10 min", "1 h 30 min", "45 s": a wait as people read it. */
export function describeWait(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const min = Math.round((s % 3600) / 60);
  return h ? `${h} h${min ? ` ${min} min` : ''}` : `${min} min`;
}

/** The longest wait: also the longest --every and the most a server's Retry-After can ask (a timer holds at most 24.8 days). */
export const MAX_WAIT_MS = 24 * 3600 * 1000;

/** The wait before the next poll of a feed with `failures` errors in a row (0 after a success). */
export function nextWait(everyMs: number, failures: number, retryAfterMs: number | null = null): number {
  const backoff = failures ? everyMs * 2 ** Math.min(failures, 32) : everyMs;
  return Math.min(MAX_WAIT_MS, Math.max(backoff, retryAfterMs ?? 0));
}
