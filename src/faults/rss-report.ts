// Loaded into a child under test (node --import): at exit it reports the process's own peak
// memory (getrusage maxRSS, all threads) on file descriptor 3, which the harness reads.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try { writeSync(3, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }) + '\n'); } catch { /* not run by the harness */ }
});
