import type { Command } from 'commander';
import { QueryError, search } from '../../store/search.js';
import { CliError, withReader } from '../shared.js';
import { wholeNumber } from '../options.js';
import { fit, oneLine, terminalWidth } from '../terminal.js';

/** Marks the query's words in a sentence for the terminal. */
function highlight(sentence: string, query: string, color: boolean): string {
  if (!color) return sentence;
  const words = query.replace(/\b(AND|OR|NOT|NEAR)\b|["()*]/g, ' ').split(/\s+/).filter((w) => w.length > 1);
  if (!words.length) return sentence;
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return sentence.replace(re, (m) => `\x1b[1m${m}\x1b[22m`);
}

export function registerSearch(program: Command): void {
  program.command('search')
    .description('full-text search: matching sentences with their document and date')
    .argument('<query>', 'words (all must occur), or FTS5 syntax: "exact phrase", Waffen*, A OR B, NEAR(A B); a query starting with - after --')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('-n, --limit <n>', 'most hits to show', wholeNumber(1), 20)
    .option('--all', 'include duplicate articles and repeated paragraphs')
    .option('--json', 'print hits as JSON lines')
    .action(async (query: string, opts: { db?: string; limit: number; all?: boolean; json?: boolean }) => {
      const hits = await withReader(opts.db, (db) => search(db, query, { limit: opts.limit, all: !!opts.all })
        .catch((e: unknown) => { throw e instanceof QueryError ? new CliError(e.message) : e; }));
      const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
      const width = terminalWidth();
      for (const h of hits) {
        if (opts.json) { process.stdout.write(JSON.stringify(h) + '\n'); continue; }
        const flags = [h.duplicateOf ? `duplicate of ${h.duplicateOf}` : '', h.repeated ? 'repeated' : ''].filter(Boolean).join(', ');
        const head = `${h.published ?? 'undated'}  ${oneLine(h.outlet ?? h.source)}${h.title ? ` — ${oneLine(h.title)}` : ''}  ${h.document} [${h.span[0]}–${h.span[1]}]${flags ? ` (${flags})` : ''}`;
        process.stdout.write(`${fit(head, width)}\n`);
        // cut before the query's words are marked, so the marks are never cut in half
        process.stdout.write(`${highlight(fit(`    ${oneLine(h.sentence)}`, width), query, color)}\n`);
      }
      if (!opts.json && !hits.length) process.stderr.write(`no sentence matches ${oneLine(JSON.stringify(query))}\n`);
    });
}
