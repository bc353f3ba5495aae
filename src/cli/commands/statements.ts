import type { Command } from 'commander';
import { exportStatement } from '../../export/json.js';
import { exportIds } from '../../store/actors.js';
import { listStatements, type ReportedStatement } from '../../views/statements.js';
import { SPEECH_ACTS } from '../../statements/acts.js';
import { CliError, dateRange, withStore } from '../shared.js';
import { actorKeys, actorNames } from './timeline.js';

interface Options { db?: string; speaker?: string; act?: string; from?: string; to?: string; document?: string; all?: boolean; json?: boolean }

/** Cut to the terminal's width when there is one; piped output keeps every word. */
function fit(line: string, width: number | undefined): string {
  return width && line.length > width ? line.slice(0, width - 1) + '…' : line;
}

function lines(s: ReportedStatement, name: (key: string) => string, width: number | undefined): string {
  const who = s.speaker ? (s.speaker.actor ? name(s.speaker.actor) : s.documentText.slice(...s.speaker.span)) : 'unattributed';
  const act = s.cue ? `${s.cue.act}, ` : '';
  const head = `${s.published?.slice(0, 10) ?? 'undated'}  ${who} (${act}${s.form})  ${s.outlet ?? s.source} [${s.quote[0]}–${s.quote[1]}]`;
  const quote = s.documentText.slice(...s.quote).replace(/\s+/g, ' ');
  return `${fit(head, width)}\n${fit(`    ${quote}`, width)}\n`;
}

export function registerStatements(program: Command): void {
  program.command('statements')
    .description('who said what, in the order it was reported, with outlet and offsets')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--speaker <name>', 'only this speaker (name, alias or id)')
    .option('--act <act>', `only this speech act: ${SPEECH_ACTS.join(', ')}`)
    .option('--from <date>', 'published from this date (YYYY[-MM[-DD]])')
    .option('--to <date>', 'published up to this date (YYYY[-MM[-DD]])')
    .option('--document <id>', 'only this document')
    .option('--all', 'include duplicate articles and quotations inside another statement')
    .option('--json', 'print statements as JSON lines, in the export\'s shape (with published and outlet)')
    .action(async (opts: Options) => {
      const { from, to } = dateRange(opts);
      if (opts.act && !(SPEECH_ACTS as readonly string[]).includes(opts.act)) throw new CliError(`--act must be one of ${SPEECH_ACTS.join(', ')}`);
      await withStore(opts.db, 'read', (db) => {
        const speakers = opts.speaker ? actorKeys(db, opts.speaker) : undefined;
        const found = listStatements(db, { speakers, act: opts.act, from, to, document: opts.document, all: opts.all });
        if (opts.json) {
          const ids = exportIds(db);
          for (const s of found) process.stdout.write(JSON.stringify({ ...exportStatement(s, ids), published: s.published, outlet: s.outlet, source: s.source }) + '\n');
          return;
        }
        const name = actorNames(db);
        const width = process.stdout.isTTY ? process.stdout.columns : undefined;
        for (const s of found) process.stdout.write(lines(s, name, width));
        if (!found.length) process.stderr.write('no statements match\n');
      });
    });
}
