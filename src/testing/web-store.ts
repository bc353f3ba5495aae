// A store for the web and export tests: the bundled examples, two reports that disagree on a
// figure, and a hostile article whose text, title, outlet and address try to run script in a
// page (it must show as text).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { EXAMPLES } from './fixtures.js';

/** Every attempt sets window.__pwned (or opens a dialog) if it runs. */
export const HOSTILE_TEXT = ` date 2025-05-23 Putin droht <img src=x onerror="window.__pwned='title';alert(1)">

MOSKAU (dpa) - Kremlchef Wladimir Putin hat am Freitag mit Donald Trump telefoniert. <script>window.__pwned = 'script'; alert('script')</script>
Putin sagte: „<img src=x onerror="window.__pwned='img';alert(2)"> Wir sind zu Gesprächen bereit.“
Mehr unter <a href="javascript:window.__pwned='link';alert(3)">diesem Link</a> und <svg onload="window.__pwned='svg'"></svg>.
`;

export const HOSTILE_JSONL = JSON.stringify({
  id: 'hostile-1', published: '2025-05-24', source: '<script>window.__pwned="outlet"</script>Feindblatt',
  title: '<img src=x onerror="window.__pwned=\'jsonl-title\'">Selenskyj telefoniert mit Macron', url: 'javascript:window.__pwned="url"',
  text: 'KIEW (AFP) - Der ukrainische Präsident Wolodymyr Selenskyj hat am Samstag mit Emmanuel Macron telefoniert. "</script><script>window.__pwned=\'quote\'</script>", sagte Selenskyj.',
}) + '\n';

/** Two reports that give different figures for one exchange: a disputed event. */
export const DISPUTED_JSONL = [
  { id: 'austausch-a', published: '2025-06-08', source: 'Nordkurier', text: 'Russland und die Ukraine haben am Samstag jeweils 175 Kriegsgefangene ausgetauscht.' },
  { id: 'austausch-b', published: '2025-06-09', source: 'Südblatt', text: 'Russland und die Ukraine tauschten am Samstag jeweils 150 Kriegsgefangene aus.' },
].map((x) => JSON.stringify(x)).join('\n') + '\n';

/** The inputs of the web store (examples + hostile inputs), written into `dir`. */
export function webInputs(dir: string): string[] {
  const hostile = join(dir, 'hostile');
  mkdirSync(hostile);
  writeFileSync(join(hostile, '2025-05-23_feind_putin.txt'), HOSTILE_TEXT);
  writeFileSync(join(hostile, 'feind.jsonl'), HOSTILE_JSONL);
  writeFileSync(join(hostile, 'austausch.jsonl'), DISPUTED_JSONL);
  return [EXAMPLES, hostile];
}

/** Builds the store (examples + hostile inputs) in a new temp folder (the caller removes it); returns its path. */
export async function webStore(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-web-'));
  const path = join(dir, 'web.sqlite');
  const db = openDatabase(path);
  try {
    await ingest(db, webInputs(dir));
  } finally {
    db.close();
  }
  return path;
}

/** An article of our own that arrives while a page is open: a meeting in Vienna, an event the store does not hold yet. */
export const LATER_ARTICLE = ` date 2025-06-04 Außenminister treffen sich in Wien
WIEN (dpa) - Die Außenminister Russlands und der Ukraine sind am Mittwoch in Wien zu Gesprächen über einen Gefangenenaustausch zusammengekommen. Das teilte das österreichische Außenministerium mit. Beide Seiten vereinbarten, je 200 Gefangene freizulassen.
`;
