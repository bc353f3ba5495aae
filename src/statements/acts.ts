// The speech acts a statement's cue may perform: one vocabulary for every language, what
// `lagebild statements --act` filters on and what the speech-act events are made from.
/**
 * The speech acts a cue verb may perform (a language's cue-verb data, e.g. data/de/cue-verbs.tsv).
 * The statement finders compare say, report, ask, announce, claim, confirm, concede, deny,
 * believe and warn; the speech-act events data makes events of demand, appeal, threaten,
 * reject, accuse and criticize; praise, promise and propose are exported as they are.
 */
export const SPEECH_ACTS = ['say', 'report', 'confirm', 'deny', 'demand', 'appeal', 'warn', 'threaten', 'promise', 'announce',
  'reject', 'accuse', 'criticize', 'praise', 'claim', 'believe', 'ask', 'propose', 'concede'] as const;

export type SpeechAct = (typeof SPEECH_ACTS)[number];
