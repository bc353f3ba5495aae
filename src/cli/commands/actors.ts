import { Option, type Command } from 'commander';
import { listMentions, storedActors, type StoredActor } from '../../store/actors.js';
import { CliError, withReader } from '../shared.js';
import { oneOf, wholeNumber } from '../options.js';
import { fit, oneLine, terminalWidth } from '../terminal.js';

const label = (a: StoredActor) => [a.kind, a.wikidata, a.origin === 'document' ? `introduced as ${a.introducedAs}` : a.origin === 'user' ? 'your file' : null]
  .filter(Boolean).join(', ');

export function registerActors(program: Command): void {
  program.command('actors')
    .description('actors the articles mention, with where they are mentioned and how each mention was resolved')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--document <id>', 'only this document: its mentions in text order')
    .addOption(new Option('--kind <kind>', 'person, organization, state or group').argParser(oneOf(['person', 'organization', 'state', 'group'])))
    .option('-n, --mentions <n>', 'mentions to show per actor', wholeNumber(0), 3)
    .option('--json', 'print as JSON lines')
    .action(async (opts: { db?: string; document?: string; kind?: string; mentions: number; json?: boolean }) => {
      const per = opts.mentions;
      const width = terminalWidth();
      await withReader(opts.db, async (db) => {
        const actors = (await storedActors(db, { document: opts.document, kind: opts.kind })).filter((a) => a.mentions > 0);
        if (opts.document) {
          const mentions = await listMentions(db, { document: opts.document });
          if (!mentions.length && !await db.get('SELECT 1 one FROM documents WHERE id = ?', [opts.document])) throw new CliError(`no document ${oneLine(opts.document)} in the store`);
          const byKey = new Map((await storedActors(db, { document: opts.document })).map((a) => [a.key, a]));
          for (const m of mentions) {
            if (opts.kind && (!m.actor || byKey.get(m.actor)?.kind !== opts.kind)) continue;
            const who = m.actor ? byKey.get(m.actor) : undefined;
            const members = m.members?.map((k) => byKey.get(k)?.name ?? k);
            if (opts.json) { process.stdout.write(JSON.stringify({ ...m, actor: who?.id ?? null, actorName: who?.name ?? null, members }) + '\n'); continue; }
            const target = who ? who.name : members ? members.join(' + ') : '(unresolved)';
            process.stdout.write(fit(`[${m.span[0]}–${m.span[1]}] ${oneLine(m.text)}  →  ${oneLine(target)}  (${m.kind}, ${m.via}${m.role ? `, ${m.role}` : ''})`, width) + '\n');
          }
          return;
        }
        for (const a of actors) {
          const mentions = per ? await listMentions(db, { actor: a.key }, per) : [];
          if (opts.json) { process.stdout.write(JSON.stringify({ ...a, examples: mentions }) + '\n'); continue; }
          process.stdout.write(fit(`${oneLine(a.name)}  (${oneLine(label(a))}; id ${a.id})  ${a.mentions} mentions in ${a.documents} documents`, width) + '\n');
          for (const m of mentions) process.stdout.write(fit(`    ${m.published ?? 'undated'}  ${oneLine(m.outlet ?? m.source)}  ${m.document} [${m.span[0]}–${m.span[1]}] ${oneLine(m.text)}  (${m.via})`, width) + '\n');
        }
        if (!actors.length && !opts.json) process.stderr.write('no actors in the store\n');
      });
    });
}
