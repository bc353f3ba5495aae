// German: the function words, role nouns and syntax of data/de/ and src/…/de/, loaded once.
import type { Language, LanguageOptions } from '../types.js';
import { loadList, loadMap, loadRows } from '../../data/load.js';
import { functionWords } from '../../syntax/de/words.js';
import { parseSentence } from '../../syntax/de/parse.js';
import { readMentionWords } from '../../mentions/de/patterns.js';
import { readSegmentWords } from '../../segment/de/words.js';
import { readHeaderWords } from '../../read/de/words.js';
import { germanTime, readTimeWords } from '../../time/de/parse.js';
import { readEventWords } from '../../events/de/patterns.js';
import { germanEvents } from '../../events/de/index.js';
import { germanStatements } from '../../statements/de/index.js';
import { readModel } from '../../learn/model.js';
import { SPEAKER_TASK } from '../../statements/rank/refiner.js';
import { FEATURE_SET } from '../../statements/rank/features.js';

export function german(options: LanguageOptions = {}): Language {
  const words = functionWords(loadRows('de/function-words.tsv'), loadList('de/prepositions.txt'), loadList('de/number-words.tsv'), loadList('de/sentence-starters.txt'), loadList('de/abbreviations.txt'));
  const months = new Map([...loadMap('de/months.tsv')].map(([k, v]) => [k, Number(v)]));
  // (month names stand as bare adverbials too: "letzten September", "Anfang Mai")
  for (const month of months.keys()) if (month.length > 3) words.timeNouns.add(month);
  const p = readMentionWords();
  const time = germanTime(readTimeWords(months));
  const isRoleNoun = (w: string) => {
    if (p.roleNouns.has(w) || p.titles.has(w) || p.descriptors.has(w)) return true;
    const lower = w.toLowerCase();
    return /^\p{Lu}/u.test(w) && p.titleEndings.some((e) => lower.endsWith(e));
  };
  return {
    code: 'de',
    isRoleNoun,
    parseSentence: (request) => parseSentence({ ...request, words, isRoleNoun }),
    statements: germanStatements(p, words, {
      model: options.speakerModel ? readModel(options.speakerModel, SPEAKER_TASK, FEATURE_SET) : null,
      observe: options.observeSpeakers,
    }),
    events: germanEvents(readEventWords(), time),
    mentions: p,
    header: readHeaderWords(),
    segment: readSegmentWords(months),
    months,
    time,
  };
}
