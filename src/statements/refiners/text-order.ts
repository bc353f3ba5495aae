// Statements in text order, by where their message starts; the sort is stable, so statements
// that start together keep the order they were found in.
import type { Refiner } from '../types.js';

export const textOrder: Refiner = {
  refine: (_ctx, _scan, statements) => [...statements].sort((x, y) => x.quote[0] - y.quote[0]),
};
