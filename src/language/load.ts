// The languages Lagebild reads, by code. A new language is a folder data/xx/, the src/…/xx/
// folders it needs, and one line here.
import type { Language, LanguageOptions } from './types.js';
import { german } from './de/index.js';

const LANGUAGES: Record<string, (options: LanguageOptions) => Language> = { de: german };

export function loadLanguage(code = 'de', options: LanguageOptions = {}): Language {
  const make = LANGUAGES[code];
  if (!make) throw new Error(`no language "${code}" (known: ${Object.keys(LANGUAGES).join(', ')})`);
  return make(options);
}
