import { Option, type Command } from 'commander';
import { listEvents } from '../../store/events.js';
import { positions } from '../../views/positions.js';
import { issueList } from '../../events/de/patterns.js';
import { withReader } from '../shared.js';
import { oneOf } from '../options.js';
import { fit, oneLine, terminalWidth } from '../terminal.js';
import { actorKeys, actorLookup, documentSources, outletOf } from './timeline.js';

const SHORT = { demands: 'D', rejects: 'R', agrees: 'A', offers: 'O', 'no agreement': 'N', threatens: 'T' } as const;

export function registerPositions(program: Command): void {
  program.command('positions')
    .description('actor × issue: who demands, rejects, agrees to, offers or threatens what (ceasefire, territory, NATO membership, …), with evidence')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actor <name>', 'only this actor (name, alias or id)')
    .addOption(new Option('--issue <key>', `only this issue: ${issueList().map((i) => i.key).join(', ')}`).argParser(oneOf(issueList().map((i) => i.key))))
    .option('--json', 'print the cells as JSON lines')
    .action(async (opts: { db?: string; actor?: string; issue?: string; json?: boolean }) => {
      await withReader(opts.db, async (db) => {
        const lookup = await actorLookup(db);
        const actors = opts.actor ? actorKeys(lookup.all, opts.actor) : undefined;
        const cells = positions(await listEvents(db), issueList(), { actors, issue: opts.issue });
        const names = lookup.name;
        const name = (k: string) => oneLine(names(k));
        const width = terminalWidth();
        if (opts.json) {
          const { ids } = lookup;
          for (const c of cells) process.stdout.write(JSON.stringify({ ...c, actor: ids.get(c.actor) ?? c.actor, actorName: names(c.actor),
            evidence: c.evidence.map((e) => ({ ...e, counterpart: e.counterpart.map((x) => ids.get(x) ?? x) })) }) + '\n');
          return;
        }
        if (!cells.length) { process.stderr.write('no demands, rejections, agreements, offers or threats on a known issue\n'); return; }
        // the matrix: one row per actor, one column per issue that has evidence; D demands, R rejects, A agrees, O offers, N no agreement, T threatens
        const issues = issueList().filter((i) => cells.some((c) => c.issue === i.key));
        const rows = [...new Set(cells.map((c) => c.actor))];
        const first = Math.max(...rows.map((r) => name(r).length), 5) + 2;
        // a column as wide as its key and a space, at least 12 ("peacekeepers" must not touch the next)
        const col = (k: string) => Math.max(12, k.length + 1);
        process.stdout.write(fit(' '.repeat(first) + issues.map((i) => i.key.padEnd(col(i.key))).join(''), width) + '\n');
        for (const r of rows) {
          const cellsOf = (k: string) => cells.find((c) => c.actor === r && c.issue === k);
          process.stdout.write(fit(name(r).padEnd(first) + issues.map((i) => {
            const c = cellsOf(i.key);
            const marks = c ? [...new Set(c.evidence.map((e) => SHORT[e.stance]))].join('') : '·';
            return marks.padEnd(col(i.key));
          }).join(''), width) + '\n');
        }
        process.stdout.write('\nD demands · R rejects · A agrees · O offers (announced, not yet agreed) · N no agreement · T threatens\n\n');
        const sources = await documentSources(db);
        for (const c of cells) {
          process.stdout.write(`${name(c.actor)} — ${issueList().find((i) => i.key === c.issue)!.label}\n`);
          for (const e of c.evidence) {
            const doc = sources.get(e.document);
            const other = e.counterpart.length ? ` (${e.counterpart.map(name).join(', ')})` : '';
            process.stdout.write(fit(`    ${e.stance}${other}  ${e.date ?? 'undated'}  ${outletOf(doc, e.document)}  ${e.document} [${e.span[0]}–${e.span[1]}]  ${oneLine(e.text)}`, width) + '\n');
          }
        }
      });
    });
}
