// Stage "header": the publication date, title and update marker of our users' text format,
// and a wire dateline's places and agency (German wire conventions in ./de/header.ts).
import { stage } from '../pipeline/stage.js';
import { findDateline, parseHeader } from './de/header.js';

export const headerStage = stage({
  name: 'header',
  requires: [],
  provides: ['header'],
  run(a, { language }) {
    const { raw, text } = a;
    let published = raw.published ?? null;
    let title = raw.title?.trim() || null;
    let titleSpan = null;
    let updateMarker = null;
    let bodyStart = 0;
    if (raw.format === 'txt') {
      const h = parseHeader(text, language);
      ({ published, title, titleSpan, updateMarker, bodyStart } = h);
      if (h.warning) a.warnings.push(h.warning);
    } else {
      while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
    }
    if (!text.trim()) a.warnings.push('no text');
    const dateline = findDateline(text, bodyStart, language);
    a.header = {
      title, titleSpan, published, updateMarker, bodyStart,
      agency: dateline?.agency ?? null, places: dateline?.places ?? [], datelineSpan: dateline?.span ?? null,
    };
  },
});
