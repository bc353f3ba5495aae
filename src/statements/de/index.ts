// The German statements configuration: the words the finders compare.
import type { StatementConfiguration } from '../types.js';
import { germanStatementWords } from './cues.js';

export function germanStatements(): StatementConfiguration {
  return { words: germanStatementWords() };
}
