// German header words from data/de/ (read once, by the German Language: language.header).
import { loadList, loadMap } from '../../data/load.js';
import type { HeaderWords } from '../types.js';

export function readHeaderWords(): HeaderWords {
  const words = loadList('de/update-markers.txt').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const marker = `\\((?:${words.join('|')})(?:[:\\s][^()\\n]*)?\\)`;
  return {
    updateMarker: { head: new RegExp(`^${marker}`, 'iu'), tail: new RegExp(`[ \\t]+${marker}[ \\t]*$`, 'iu') },
    agencies: loadMap('de/agencies.tsv'),
    notAgencies: new Set(loadList('de/not-agencies.txt').map((w) => w.toLowerCase())),
    slashPlaces: new Map(loadList('de/places-with-slash.txt').map((p) => [p.toUpperCase(), p])),
  };
}
