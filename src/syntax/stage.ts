// Stage "syntax": the clauses and phrases of the title and every sentence, with their
// functions (subject, objects, agent, negation), from the language's parser. The only
// syntax anywhere: statements and events read it through ./api.ts.
import type { Mention } from '../document/types.js';
import { stage } from '../pipeline/stage.js';
import { sentenceVerbs } from '../mentions/positions.js';
import type { SentenceSyntax } from './types.js';

export const syntaxStage = stage({
  name: 'syntax',
  requires: ['tokens', 'index', 'localActors'],
  provides: ['syntax'],
  run(a, { language, kb }) {
    const local = new Set(a.localActors.map((x) => x.id));
    const personal = (m: Mention) => m.kind === 'descriptor' || m.kind === 'pronoun' || m.kind === 'party'
      || (!!m.actor && (local.has(m.actor) || kb.actors.get(m.actor)?.kind === 'person'));
    const syntax = new Map<number, SentenceSyntax>();
    for (const [sentence, [from, to]] of a.index.ranges) {
      try {
        syntax.set(sentence, language.parseSentence({
          toks: a.tokens, from, to, sentence, mentionAt: a.index.mentionAt, verbs: sentenceVerbs(a.index, sentence), personal,
        }));
      } catch (e) {
        // (a sentence the parser cannot read loses its syntax, never the article)
        a.warnings.push(`syntax: sentence ${sentence} not parsed (${(e as Error).message})`);
        syntax.set(sentence, { sentence, from, to, clauses: [] });
      }
    }
    a.syntax = syntax;
  },
});
