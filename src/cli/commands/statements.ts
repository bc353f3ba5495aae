import { Option, type Command } from 'commander';
import { exportStatement } from '../../export/json.js';
import { listStatements, type ReportedStatement } from '../../views/statements.js';
import { SPEECH_ACTS } from '../../statements/acts.js';
import { dateRange, withReader } from '../shared.js';
import { dateOptions, oneOf } from '../options.js';
import { fit, oneLine, terminalWidth } from '../terminal.js';
import { actorKeys, actorLookup, documentSources, outletOf, type DocumentSource } from './timeline.js';

interface Options { db?: string; speaker?: string; act?: string; from?: string; to?: string; document?: string; all?: boolean; json?: boolean }

function lines(s: ReportedStatement, name: (key: string) => string, sources: Map<string, DocumentSource>, width: number | undefined): string {
  const who = s.speaker ? (s.speaker.actor ? name(s.speaker.actor) : s.documentText.slice(...s.speaker.span)) : 'unattributed';
  const act = s.cue ? `${s.cue.act}, ` : '';
  const head = `${s.published?.slice(0, 10) ?? 'undated'}  ${oneLine(who)} (${act}${s.form})  ${outletOf(sources.get(s.document), s.source)}  ${s.document} [${s.quote[0]}–${s.quote[1]}]`;
  const quote = oneLine(s.documentText.slice(...s.quote));
  return `${fit(head, width)}\n${fit(`    ${quote}`, width)}\n`;
}

export function registerStatements(program: Command): void {
  program.command('statements')
    .description('who said what, in the order it was reported, with outlet and offsets')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--speaker <name>', 'only this speaker (name, alias or id)')
    .addOption(new Option('--act <act>', `only this speech act: ${SPEECH_ACTS.join(', ')}`).argParser(oneOf(SPEECH_ACTS)))
    .addOption(dateOptions()[0]!).addOption(dateOptions()[1]!)
    .option('--document <id>', 'only this document')
    .option('--all', 'include duplicate articles and quotations inside another statement')
    .option('--json', 'print statements as JSON lines, in the export\'s shape (with published and outlet)')
    .action(async (opts: Options) => {
      const { from, to } = dateRange(opts);
      await withReader(opts.db, async (db) => {
        const lookup = await actorLookup(db);
        const speakers = opts.speaker ? actorKeys(lookup.all, opts.speaker) : undefined;
        const found = await listStatements(db, { speakers, act: opts.act, from, to, document: opts.document, all: opts.all });
        if (opts.json) {
          for (const s of found) process.stdout.write(JSON.stringify({ ...exportStatement(s, lookup.ids), published: s.published, outlet: s.outlet, source: s.source }) + '\n');
          return;
        }
        const name = lookup.name;
        const width = terminalWidth();
        const sources = await documentSources(db);
        for (const s of found) process.stdout.write(lines(s, name, sources, width));
        if (!found.length) process.stderr.write('no statements match\n');
      });
    });
}
