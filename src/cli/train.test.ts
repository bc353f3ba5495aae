// lagebild train quotes and --model, as users call them (built CLI, separate processes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, EXAMPLES, tempDir } from '../testing/fixtures.js';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LAGEBILD_WORKERS: '0' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// an invented speech in the SpkAtt-2023 format
const SPEECH = {
  Sentences: [{ SentenceId: 0, Tokens: ['Der', 'Minister', 'sagte', ',', 'die', 'Gespräche', 'würden', 'fortgesetzt', '.'] }],
  Annotations: [{ Cue: ['0:2'], Source: ['0:0', '0:1'], Message: ['0:4', '0:5', '0:6', '0:7'] }],
};

test('train quotes writes a model with its data and license; ingest --model reads it, a broken one is a usage error', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'rede.json'), JSON.stringify(SPEECH));
  const model = join(dir, 'model.json');
  const r = run(['train', 'quotes', dir, '-o', model, '--json', '--epochs', '2']);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.equal(summary.format, 'spkatt');
  assert.equal(summary.train.statements, 1);
  const file = JSON.parse(readFileSync(model, 'utf8'));
  assert.equal(file.task, 'speakers');
  assert.match(file.license, /CC BY-SA 4\.0 \(SpkAtt-2023, umanlp\/SpkAtt-2023\)/);
  assert.equal(file.counts.documents, 1);
  const ok = run(['ingest', join(EXAMPLES, 'agenturen-2025-03.jsonl'), '--db', join(dir, 's.sqlite'), '--model', model, '--json']);
  assert.equal(ok.code, 0, ok.err);
  writeFileSync(join(dir, 'broken.json'), '{"format":"lagebild-ranker","version":1,"task":"events"}');
  const bad = run(['ingest', join(EXAMPLES, 'agenturen-2025-03.jsonl'), '--db', join(dir, 's.sqlite'), '--model', join(dir, 'broken.json')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /model: .*a model for "events"/);
});
