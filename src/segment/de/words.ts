// German sentence-splitting words from data/de/ (read once, by the German Language: language.segment).
import { loadList, loadMap } from '../../data/load.js';
import type { SegmentWords } from '../types.js';

export function readSegmentWords(): SegmentWords {
  return {
    abbreviations: new Set(loadList('de/abbreviations.txt')),
    starters: new Set(loadList('de/sentence-starters.txt')),
    ordinalCues: new Set(loadList('de/ordinal-cues.txt').map((w) => w.toLowerCase())),
    months: new Set(loadMap('de/months.tsv').keys()),
  };
}
