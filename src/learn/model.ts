// The file a fitted ranker is kept in: JSON with what it ranks, what it was fitted on and
// under which license, when, how much data, and its weights. Read once by whoever loads
// the language; a file of another task or a newer format version is refused with a reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { weightsFromJSON, weightsToJSON, type Weights } from './perceptron.js';

export const MODEL_FORMAT = 'lagebild-ranker';
export const MODEL_VERSION = 1;

export interface ModelInfo {
  /** What the model ranks ("speakers"). */
  task: string;
  /** The training data's name and origin. */
  trainedOn: string;
  /** The training data's license: binds whoever ships the weights. */
  license: string;
  /** YYYY-MM-DD. */
  date: string;
  counts: { documents: number; examples: number; features: number; epochs: number };
  /** The version of the feature set the weights were fitted with: features must be made the same way. */
  featureSet: number;
}

export interface RankerModel {
  info: ModelInfo;
  weights: Weights;
  /** How much a candidate must outscore the default (the first) to replace it: chosen on held-out data. */
  margin: number;
}

interface ModelFile extends ModelInfo { format: string; version: number; margin: number; weights: Record<string, number> }

export function writeModel(path: string, model: RankerModel): number {
  const file: ModelFile = { format: MODEL_FORMAT, version: MODEL_VERSION, ...model.info, margin: model.margin, weights: weightsToJSON(model.weights) };
  const text = JSON.stringify(file, null, 1) + '\n';
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Reads a model file; `task` and `featureSet` must be the ones the caller makes features for. */
export function readModel(path: string, task: string, featureSet: number): RankerModel {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<ModelFile>;
  const problem = file.format !== MODEL_FORMAT ? `not a ${MODEL_FORMAT} file`
    : file.version !== MODEL_VERSION ? `format version ${file.version}, this Lagebild reads ${MODEL_VERSION}`
      : file.task !== task ? `a model for "${file.task}", not "${task}"`
        : file.featureSet !== featureSet ? `fitted with feature set ${file.featureSet}, this Lagebild makes ${featureSet}: train it again`
          : typeof file.weights !== 'object' || file.weights === null ? 'no weights'
            : typeof file.margin !== 'number' ? 'no margin' : null;
  if (problem) throw new Error(`${path}: ${problem}`);
  const { format: _f, version: _v, weights, margin, ...info } = file as ModelFile;
  return { info, margin, weights: weightsFromJSON(weights) };
}
