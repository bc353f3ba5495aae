// What a German word tells about a speaker candidate: the person of a pronoun ("ich"/"wir" is
// the one at the lectern, "man" nobody in particular), a relative pronoun, a role or party
// noun, a noun that names where a message comes from ("Angaben").
import type { MentionWords } from '../../../mentions/types.js';
import type { StatementWords } from '../../types.js';
import type { SpeakerWords } from '../features.js';

const CLASSES: Record<string, string> = {
  ich: 'pron1', mir: 'pron1', mich: 'pron1', wir: 'pron1', uns: 'pron1',
  du: 'pron2', dir: 'pron2', dich: 'pron2', ihr: 'pron2', euch: 'pron2',
  er: 'pron3', ihm: 'pron3', ihn: 'pron3', sie: 'pron3', ihnen: 'pron3',
  man: 'man', es: 'es', jemand: 'indef', niemand: 'indef', alle: 'indef',
  dies: 'dem', dieser: 'dem', diese: 'dem', dieses: 'dem',
  denen: 'rel', dessen: 'rel', deren: 'rel', welche: 'rel', welcher: 'rel',
};

export function germanSpeakerWords(mentions: MentionWords, statements: StatementWords): SpeakerWords {
  return {
    classOf(word) {
      const lower = word.toLowerCase();
      // (capital "Sie" opening no sentence is the polite second person; the features cannot tell, so it stays pron3)
      const known = CLASSES[lower];
      if (known) return known;
      if (mentions.roleNouns.has(word) || mentions.titles.has(word) || mentions.descriptors.has(word)) return 'role';
      if (mentions.partyNouns.has(word) || mentions.partyMemberNouns.has(word)) return 'party';
      if (statements.isSourceNoun(word)) return 'source';
      return null;
    },
  };
}
