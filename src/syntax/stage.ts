// Stage "syntax": the clauses and phrases of the title and every sentence, with their
// functions (subject, objects, agent, negation), from the language's parser. The only
// syntax anywhere: statements read it through ./api.ts. A sentence is parsed when a later
// stage first asks for it (most sentences of an article tell no statement), and once.
import type { Mention } from '../document/types.js';
import { stage } from '../pipeline/stage.js';
import { sentenceVerbs, type ArticleIndex } from '../mentions/positions.js';
import type { Language, SyntaxRequest } from '../language/types.js';
import type { Tok } from '../segment/tokens.js';
import type { ArticleSyntax, SentenceSyntax } from './types.js';

export const syntaxStage = stage({
  name: 'syntax',
  requires: ['tokens', 'index', 'localActors'],
  provides: ['syntax'],
  run(a, { language, kb }) {
    const local = new Set(a.localActors.map((x) => x.id));
    const personal = (m: Mention) => m.kind === 'descriptor' || m.kind === 'pronoun' || m.kind === 'party'
      || (!!m.actor && (local.has(m.actor) || kb.actors.get(m.actor)?.kind === 'person'));
    const articled = (m: Mention) => {
      const actor = m.actor ? kb.actors.get(m.actor) : undefined;
      return !!actor && !personal(m) && (actor.kind !== 'state' || !!actor.article);
    };
    a.syntax = new LazySyntax(language, a.tokens, a.index, { personal, articled }, a.warnings);
  },
});

/** Each sentence parsed on first ask and kept. */
class LazySyntax implements ArticleSyntax {
  private readonly parsed = new Map<number, SentenceSyntax>();

  constructor(
    private readonly language: Language,
    private readonly toks: readonly Tok[],
    private readonly index: ArticleIndex,
    private readonly names: Pick<SyntaxRequest, 'personal' | 'articled'>,
    private readonly warnings: string[],
  ) {}

  get(sentence: number): SentenceSyntax | undefined {
    const known = this.parsed.get(sentence);
    if (known) return known;
    const range = this.index.ranges.get(sentence);
    if (!range) return undefined;
    const [from, to] = range;
    let syntax: SentenceSyntax;
    try {
      syntax = this.language.parseSentence({
        toks: this.toks, from, to, sentence, mentionAt: this.index.mentionAt, verbs: sentenceVerbs(this.index, sentence), ...this.names,
      });
    } catch (e) {
      // (a sentence the parser cannot read loses its syntax, never the article)
      this.warnings.push(`syntax: sentence ${sentence} not parsed (${(e as Error).message})`);
      syntax = { sentence, from, to, clauses: [] };
    }
    this.parsed.set(sentence, syntax);
    return syntax;
  }
}
