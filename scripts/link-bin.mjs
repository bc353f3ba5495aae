// Links this package's own `lagebild` command into node_modules/.bin, so that
// `npx lagebild` and tools that look there find it inside the checkout too.
import { existsSync, mkdirSync, symlinkSync, unlinkSync, lstatSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const bin = join('node_modules', '.bin');
const link = join(bin, 'lagebild');
const target = join('..', '..', 'dist', 'cli', 'main.js');
if (!existsSync('node_modules')) process.exit(0);
mkdirSync(bin, { recursive: true });
try { lstatSync(link); unlinkSync(link); } catch { /* not there yet */ }
symlinkSync(target, link);
if (existsSync(join('dist', 'cli', 'main.js'))) chmodSync(join('dist', 'cli', 'main.js'), 0o755);
