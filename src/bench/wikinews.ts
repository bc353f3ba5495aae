#!/usr/bin/env node
// node dist/bench/wikinews.js <german-news-quotes folder> -o corpus.jsonl
// The German Wikinews quotation corpus (../shared/datasets/german-news-quotes, CC BY-NC-SA) as
// a JSONL corpus for `npm run bench -- --corpus`: real news text next to the generator's.
// Only the texts and the dates in the file names are read, never the annotations.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, flag, out] = process.argv.slice(2);
if (!dir || flag !== '-o' || !out) {
  process.stderr.write('usage: node dist/bench/wikinews.js <german-news-quotes folder> -o corpus.jsonl\n');
  process.exit(2);
}
const lines: string[] = [];
for (const split of ['train', 'dev', 'test']) {
  let files: string[];
  try { files = readdirSync(join(dir, split)).filter((f) => f.endsWith('.json')).sort(); } catch { continue; }
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(dir, split, f), 'utf8')) as { documentName: string; originalText: string };
    // "11059 - Passagierflugzeug landete in Guam mit defektem Fahrwerk (2005-08-20)"
    const m = /^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)$/.exec(doc.documentName);
    lines.push(JSON.stringify({ id: `wikinews-${m?.[1] ?? doc.documentName}`, title: m?.[2] ?? null, published: m?.[3] ?? null, text: doc.originalText }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`${lines.length} articles → ${out}\n`);
