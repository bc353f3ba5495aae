import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { best, bestOverDefault, train, weightsFromJSON, weightsToJSON } from './perceptron.js';
import { readModel, writeModel } from './model.js';
import { tempDir } from '../testing/fixtures.js';

// a separable toy: the right candidate is the one marked "good", whatever noise stands beside it
function toyExamples() {
  const noise = ['a', 'b', 'c', 'd'];
  return Array.from({ length: 40 }, (_, i) => {
    const gold = i % 3;
    const candidates = [0, 1, 2].map((k) => [noise[(i + k) % 4]!, k === gold ? 'good' : 'bad', `pos=${k}`]);
    return { candidates, gold };
  });
}

test('the averaged perceptron learns a separable ranking problem and ranks every example right', () => {
  const examples = toyExamples();
  const epochs: number[] = [];
  const weights = train(examples, { epochs: 5, onEpoch: (_e, mistakes) => epochs.push(mistakes) });
  assert.ok(weights.get('good')! > weights.get('bad')!);
  for (const e of examples) assert.equal(best(weights, e.candidates), e.gold);
  assert.equal(epochs.at(-1), 0, 'no mistakes in the last pass');
  assert.deepEqual(train(examples, { epochs: 5 }), weights, 'same seed, same weights');
});

test('ties and margins keep the first candidate', () => {
  const weights = new Map([['x', 1], ['y', 3]]);
  assert.equal(best(new Map(), [['x'], ['y']]), 0);
  assert.equal(bestOverDefault(weights, [['x'], ['y']], 1), 1);
  assert.equal(bestOverDefault(weights, [['x'], ['y']], 2.5), 0);
});

test('weights and model files round-trip; a file for another task or feature set is refused', () => {
  const weights = train(toyExamples(), { epochs: 3 });
  for (const [f, w] of weightsFromJSON(weightsToJSON(weights, 12))) assert.ok(Math.abs(weights.get(f)! - w) < 1e-9);
  const path = join(tempDir(), 'm.json');
  const info = { task: 'toy', trainedOn: 'invented', license: 'CC0', date: '2025-01-01', featureSet: 1, counts: { documents: 1, examples: 40, features: weights.size, epochs: 3 } };
  writeModel(path, { info, weights, margin: 0.5 });
  const back = readModel(path, 'toy', 1);
  assert.deepEqual(back.info, info);
  assert.equal(back.margin, 0.5);
  for (const [f, w] of weights) assert.ok(Math.abs(back.weights.get(f)! - w) < 1e-3);
  assert.throws(() => readModel(path, 'speakers', 1), /a model for "toy"/);
  assert.throws(() => readModel(path, 'toy', 2), /feature set 1/);
});
