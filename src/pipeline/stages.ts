// The analysis, stage by stage, from the raw text to events. Adding a stage is one file in
// its folder and one line here; the Pipeline checks the order when it is built.
import { Pipeline } from './stage.js';
import { headerStage } from '../read/stage.js';
import { normalizeStage } from '../normalize/stage.js';
import { segmentStage, tokenizeStage } from '../segment/stage.js';
import { repeatsStage } from '../dedupe/stage.js';
import { indexStage, mentionsStage } from '../mentions/stage.js';
import { syntaxStage } from '../syntax/stage.js';
import { statementsStage } from '../statements/stage.js';
import { eventsStage } from '../events/stage.js';

export const STAGES = [
  headerStage,
  normalizeStage,
  segmentStage,
  repeatsStage,
  tokenizeStage,
  mentionsStage,
  indexStage,
  syntaxStage,
  statementsStage,
  eventsStage,
] as const;

export function defaultPipeline(): Pipeline {
  return new Pipeline(STAGES);
}
