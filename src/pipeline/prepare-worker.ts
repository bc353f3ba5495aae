// Worker thread: prepares documents and their fingerprints, the CPU-heavy part of an
// ingest, while the main thread reads inputs and writes the store.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../document/types.js';
import { fingerprint } from '../dedupe/fingerprint.js';
import { prepareDocument } from './prepare.js';

parentPort!.on('message', ({ seq, raw }: { seq: number; raw: RawDocument }) => {
  const t = performance.now();
  try {
    const doc = prepareDocument(raw);
    const fp = fingerprint(doc);
    parentPort!.postMessage({ seq, doc, fp, ms: performance.now() - t });
  } catch (e) {
    parentPort!.postMessage({ seq, error: (e as Error).message, ms: performance.now() - t });
  }
});
