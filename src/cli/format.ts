// Values as a German reader writes them: amounts („20–40 Mrd. EUR"), not JSON.

const SCALES: Array<[number, string]> = [[1e12, 'Bio.'], [1e9, 'Mrd.'], [1e6, 'Mio.']];
const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** {value: 2e10, max: 4e10, currency: 'EUR'} → "20–40 Mrd. EUR". */
export function formatAmount(a: { value: number; max?: number; currency: string }): string {
  const top = Math.max(a.value, a.max ?? 0);
  const [scale, unit] = SCALES.find(([s]) => top >= s) ?? [1, ''];
  const n = (x: number) => number.format(x / scale);
  return `${n(a.value)}${a.max !== undefined ? `–${n(a.max)}` : ''}${unit ? ` ${unit}` : ''} ${a.currency}`;
}

/** Any other attribute value: scalars as they are, lists joined, small objects as "key value". */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.currency === 'string') return formatAmount(o as { value: number; currency: string });
    return Object.entries(o).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => `${k} ${formatValue(x)}`).join(' ');
  }
  return String(v);
}
