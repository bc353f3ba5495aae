import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, defaultAnalyzer, makeAnalyzer } from '../../pipeline/prepare.js';
import { loadKnowledgeBase } from '../../actors/kb.js';
import { readModel, writeModel } from '../../learn/model.js';
import { tempDir } from '../../testing/fixtures.js';
import { corpusFiles, readAnnotated } from './corpora.js';
import { FEATURE_SET } from './features.js';
import { rankSpeakers, SPEAKER_TASK } from './refiner.js';
import { fitSpeakers, measureSpeakers, speakerExamples } from './train.js';
import type { Statement } from '../../document/types.js';
import type { Ctx } from '../context.js';
import type { StatementScan } from '../scan.js';

// An invented speech in the SpkAtt-2023 format: tokens per sentence, roles as "sentence:token".
const SPEECH = {
  Sentences: [
    { SentenceId: 0, Tokens: ['Die', 'Ministerin', 'sagte', 'der', 'Zeitung', ',', 'die', 'Reform', 'sei', 'gescheitert', '.'] },
    { SentenceId: 1, Tokens: ['Nach', 'Angaben', 'des', 'Verbands', 'wurden', 'zwölf', 'Anträge', 'gestellt', '.'] },
    { SentenceId: 2, Tokens: ['„', 'Wir', 'bleiben', 'dabei', '“', ',', 'erklärte', 'Erika', 'Beispiel', '.'] },
  ],
  Annotations: [
    { Cue: ['0:2'], Source: ['0:0', '0:1'], Addr: ['0:3', '0:4'], Message: ['0:6', '0:7', '0:8', '0:9'], PTC: [] },
    { Cue: ['1:0', '1:1'], Source: ['1:1', '1:2', '1:3'], Message: ['1:4', '1:5', '1:6', '1:7'] },
    { Cue: ['2:6'], Source: ['2:7', '2:8'], Message: ['2:1', '2:2', '2:3'] },
  ],
};
const TEXT = 'Die Ministerin sagte der Zeitung, die Reform sei gescheitert. Nach Angaben des Verbands wurden zwölf Anträge gestellt. „Wir bleiben dabei“, erklärte Erika Beispiel.';

function speechFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'rede.json'), JSON.stringify(SPEECH));
  return dir;
}

const speakers = (statements: readonly Statement[]) => statements.map((s) => (s.speaker ? TEXT.slice(...s.speaker.span) : null));
const raw = { source: 't', origin: 't', format: 'jsonl' as const, text: TEXT, published: null };

test('a SpkAtt speech is read back as text with its roles as spans of it', () => {
  const doc = readAnnotated(corpusFiles(speechFolder())[0]!)!;
  assert.equal(doc.format, 'spkatt');
  assert.equal(doc.text, TEXT);
  assert.deepEqual(doc.gold.map((g) => g.speaker.map((s) => TEXT.slice(...s)).join(' ')), ['Die Ministerin', 'Angaben des Verbands', 'Erika Beispiel']);
  assert.deepEqual(doc.gold[0]!.cue.map((s) => TEXT.slice(...s)), ['sagte']);
});

test('the speech trains a model that round-trips through its file and is loaded by the language', () => {
  const doc = readAnnotated(corpusFiles(speechFolder())[0]!)!;
  const examples = speakerExamples([doc], loadKnowledgeBase());
  // the verb cues are ranked ("sagte", "erklärte"); the source phrase keeps the rules' phrase
  assert.equal(examples.length, 2);
  assert.ok(examples.every((e) => e.gold === 0), 'the rules chose the annotated speakers');
  const weights = fitSpeakers(examples, 3);
  assert.deepEqual(measureSpeakers(examples, weights, 0).modelRight, 1);
  const path = join(tempDir(), 'speakers.json');
  const info = { task: SPEAKER_TASK, featureSet: FEATURE_SET, trainedOn: 'an invented speech', license: 'CC0', date: '2025-01-01', counts: { documents: 1, examples: 2, features: weights.size, epochs: 3 } };
  writeModel(path, { info, weights, margin: 0 });
  assert.deepEqual(readModel(path, SPEAKER_TASK, FEATURE_SET).info, info);
  const withModel = analyze(raw, undefined, makeAnalyzer({ speakerModel: path }));
  assert.deepEqual(speakers(withModel.statements!), ['Die Ministerin', 'Angaben des Verbands', 'Erika Beispiel']);
});

test('a model picks among the candidates: one that prefers datives makes the paper the speaker', () => {
  const path = join(tempDir(), 'dative.json');
  const info = { task: SPEAKER_TASK, featureSet: FEATURE_SET, trainedOn: 'none', license: 'CC0', date: '2025-01-01', counts: { documents: 0, examples: 0, features: 1, epochs: 0 } };
  writeModel(path, { info, weights: new Map([['fn=dat', 10]]), margin: 0 });
  const out = analyze(raw, undefined, makeAnalyzer({ speakerModel: path }));
  assert.deepEqual(speakers(out.statements!), ['der Zeitung', 'Angaben des Verbands', 'Erika Beispiel']);
});

test('without a model the refiner changes nothing, and a model without weights keeps the rules\' speakers', () => {
  const statements: Statement[] = [{ form: 'indirect', quote: [0, 5], cue: null, speaker: { span: [6, 9], actor: null }, addressee: null, sentence: 0 }];
  const copy = structuredClone(statements);
  const refiner = rankSpeakers({ model: null, words: { classOf: () => null } });
  assert.equal(refiner.refine({} as Ctx, {} as StatementScan, statements), statements);
  assert.deepEqual(statements, copy);
  const path = join(tempDir(), 'empty.json');
  const info = { task: SPEAKER_TASK, featureSet: FEATURE_SET, trainedOn: 'none', license: 'CC0', date: '2025-01-01', counts: { documents: 0, examples: 0, features: 0, epochs: 0 } };
  writeModel(path, { info, weights: new Map(), margin: 0 });
  const rules = analyze(raw, undefined, defaultAnalyzer()).statements;
  assert.deepEqual(analyze(raw, undefined, makeAnalyzer({ speakerModel: path })).statements, rules);
});
