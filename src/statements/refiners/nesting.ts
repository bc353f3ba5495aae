// A quotation told inside another statement's message points to it by its place in the
// article's final list (`partOf`), so it runs after the statements are in order.
import type { Refiner } from '../types.js';

export const nesting: Refiner = {
  refine(_ctx, scan, statements) {
    const place = new Map(statements.map((s, i) => [s, i]));
    for (const s of statements) {
      const host = scan.hosts.get(s);
      s.partOf = host && place.has(host) ? place.get(host)! : null;
    }
    return statements;
  },
};
