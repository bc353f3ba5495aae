// Plain-text articles in our users' format: the whole decoded file is the document's
// text, header and all; prepareDocument reads the ` date …` line, title and dateline.
import { basename } from 'node:path';
import type { RawDocument } from '../document/types.js';
import { InputError } from './decode.js';
import { parseHeader, type HeaderLanguage } from './de/header.js';

export function readTxt(text: string, path: string, lang: HeaderLanguage): RawDocument {
  if (!text.trim()) throw new InputError('empty file');
  const header = parseHeader(text, lang);
  if (!text.slice(header.bodyStart).trim()) throw new InputError('a header but no article text');
  return { source: basename(path), origin: path, format: 'txt', text };
}
