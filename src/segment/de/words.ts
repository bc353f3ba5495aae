// German sentence-splitting words from data/de/ (read once, by the German Language: language.segment).
import { loadList } from '../../data/load.js';
import type { SegmentWords } from '../types.js';

/** @param months the Language's month names (read once, with it). */
export function readSegmentWords(months: ReadonlyMap<string, number>): SegmentWords {
  return {
    abbreviations: new Set(loadList('de/abbreviations.txt')),
    starters: new Set(loadList('de/sentence-starters.txt')),
    ordinalCues: new Set(loadList('de/ordinal-cues.txt').map((w) => w.toLowerCase())),
    months: new Set(months.keys()),
  };
}
