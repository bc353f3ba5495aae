// A prepare worker that dies on any text containing "ABSTURZ", for the pool's tests.
import { parentPort } from 'node:worker_threads';

process.env.LAGEBILD_WORKER_SCRIPT = 'custom';
const { runJob } = await import('../pipeline/prepare-worker.js');
parentPort!.on('message', (job: Parameters<typeof runJob>[0]) => {
  if (job.raw.text.includes('ABSTURZ')) process.exit(3);
  parentPort!.postMessage(runJob(job));
});
