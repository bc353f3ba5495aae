// An event's figures as a reader wants them, in the terminal and in the browser:
// „20–40 Mrd. EUR", „90 Minuten", the act agreed on as „RETREAT ceasefire".

const UNITS: Record<string, string> = { durationMinutes: 'Minuten', durationDays: 'Tage', withinHours: 'Stunden' };

function scaled(n: number): [number, string] {
  return n >= 1e9 ? [n / 1e9, ' Mrd.'] : n >= 1e6 ? [n / 1e6, ' Mio.'] : [n, ''];
}

/** One attribute of an event (`attributes[name]`) as text. */
export function figureText(name: string, v: unknown): string {
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'number') {
    const a = v as { value: number; max?: number; currency?: string };
    const [lo, unit] = scaled(a.value);
    // a range is said in the unit of its lower end: 20–40 Mrd.
    const hi = a.max ? a.max / (unit === ' Mrd.' ? 1e9 : unit === ' Mio.' ? 1e6 : 1) : null;
    return `${lo.toLocaleString('de-DE')}${hi !== null ? `–${hi.toLocaleString('de-DE')}` : ''}${unit} ${a.currency ?? ''}`.trim();
  }
  if (v && typeof v === 'object' && 'type' in v) { const a = v as { type: string; mode: string | null }; return [a.type, a.mode].filter(Boolean).join(' '); }
  if (Array.isArray(v)) return v.join(', ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return `${String(v)}${UNITS[name] ? ' ' + UNITS[name] : ''}`;
}
