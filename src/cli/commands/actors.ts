import type { Command } from 'commander';
import { listActors, listMentions, type StoredActor } from '../../store/actors.js';
import { CliError, withStore } from '../shared.js';

const label = (a: StoredActor) => [a.kind, a.wikidata, a.origin === 'document' ? `introduced as ${a.introducedAs}` : a.origin === 'user' ? 'your file' : null]
  .filter(Boolean).join(', ');

export function registerActors(program: Command): void {
  program.command('actors')
    .description('actors the articles mention, with where they are mentioned and how each mention was resolved')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--document <id>', 'only this document: its mentions in text order')
    .option('--kind <kind>', 'person, organization, state or group')
    .option('-n, --mentions <n>', 'mentions to show per actor', '3')
    .option('--json', 'print as JSON lines')
    .action(async (opts: { db?: string; document?: string; kind?: string; mentions: string; json?: boolean }) => {
      if (opts.kind && !['person', 'organization', 'state', 'group'].includes(opts.kind)) throw new CliError(`--kind must be person, organization, state or group`);
      const per = Number(opts.mentions);
      if (!Number.isInteger(per) || per < 0) throw new CliError(`-n/--mentions must be a whole number ≥ 0, not ${JSON.stringify(opts.mentions)}`);
      await withStore(opts.db, 'read', (db) => {
        const actors = listActors(db, { document: opts.document, kind: opts.kind }).filter((a) => a.mentions > 0);
        if (opts.document) {
          const mentions = listMentions(db, { document: opts.document });
          if (!mentions.length && !db.prepare('SELECT 1 FROM documents WHERE id = ?').get(opts.document)) throw new CliError(`no document ${opts.document} in the store`);
          const byKey = new Map(listActors(db, { document: opts.document }).map((a) => [a.key, a]));
          for (const m of mentions) {
            if (opts.kind && (!m.actor || byKey.get(m.actor)?.kind !== opts.kind)) continue;
            const who = m.actor ? byKey.get(m.actor) : undefined;
            const members = m.members?.map((k) => byKey.get(k)?.name ?? k);
            if (opts.json) { process.stdout.write(JSON.stringify({ ...m, actor: who?.id ?? null, actorName: who?.name ?? null, members }) + '\n'); continue; }
            const target = who ? who.name : members ? members.join(' + ') : '(unresolved)';
            process.stdout.write(`[${m.span[0]}–${m.span[1]}] ${m.text.replace(/\s+/g, ' ')}  →  ${target}  (${m.kind}, ${m.via}${m.role ? `, ${m.role}` : ''})\n`);
          }
          return;
        }
        for (const a of actors) {
          const mentions = per ? listMentions(db, { actor: a.key }, per) : [];
          if (opts.json) { process.stdout.write(JSON.stringify({ ...a, examples: mentions }) + '\n'); continue; }
          process.stdout.write(`${a.name}  (${label(a)}; id ${a.id})  ${a.mentions} mentions in ${a.documents} documents\n`);
          for (const m of mentions) process.stdout.write(`    ${m.published ?? 'undated'}  ${m.source}  [${m.span[0]}–${m.span[1]}] ${m.text.replace(/\s+/g, ' ')}  (${m.via})\n`);
        }
        if (!actors.length && !opts.json) process.stderr.write('no actors in the store\n');
      });
    });
}
