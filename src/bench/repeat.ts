// A corpus of one's own for the benchmark: copied, or repeated line by line until it has the
// articles asked for, each repeat with its own id ("id~2"); the texts repeat, so the store
// keeps the repeats as exact copies of their first.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

/** Writes the corpus at `from` to `to`, repeated to `articles` lines (null: once); returns the lines written. */
export async function repeatCorpus(from: string, to: string, articles: number | null): Promise<number> {
  const out = createWriteStream(to);
  let written = 0;
  for (let pass = 1; articles === null ? pass === 1 : written < articles; pass++) {
    let lines = 0;
    for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
      if (!line.trim() || (articles !== null && written >= articles)) continue;
      const a = JSON.parse(line) as { id: string | number };
      if (pass > 1) a.id = `${a.id}~${pass}`;
      if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
      written++; lines++;
    }
    if (!lines) break;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return written;
}
