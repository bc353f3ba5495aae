// What the user named on the command line → a list of inputs: files (folders walked
// recursively in name order) and feed addresses.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { InputProblem } from '../document/types.js';

export type Input =
  | { kind: 'file'; path: string; display: string; size: number }
  | { kind: 'url'; url: string; display: string };

export const SUPPORTED = new Set(['.txt', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl', '.ndjson']);

export interface Expanded {
  inputs: Input[];
  problems: InputProblem[];
  /** Files inside folders skipped for their type (images, PDFs, …). */
  ignored: number;
}

export async function expandInputs(args: string[]): Promise<Expanded> {
  const out: Expanded = { inputs: [], problems: [], ignored: 0 };
  const seen = new Set<string>();
  const walk = async (dir: string, display: string): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) return; // symlink loops
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push({ input: display, reason: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, severity: 'error' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      const shown = join(display, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory())) {
        await walk(path, shown);
      } else if (SUPPORTED.has(extname(e.name).toLowerCase())) {
        const s = await stat(path).catch((err: NodeJS.ErrnoException) => err);
        if (s instanceof Error) out.problems.push({ input: shown, reason: s.code === 'ENOENT' ? 'broken link' : `cannot read (${s.code ?? s.message})`, severity: 'error' });
        else if (s.isFile()) out.inputs.push({ kind: 'file', path: resolve(path), display: shown, size: s.size });
        else out.problems.push({ input: shown, reason: 'not a regular file', severity: 'error' });
      } else out.ignored++;
    }
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) { out.inputs.push({ kind: 'url', url: arg, display: arg }); continue; }
    const s = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (s instanceof Error) {
      out.problems.push({ input: arg, reason: s.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${s.code ?? s.message})`, severity: 'error' });
    } else if (s.isDirectory()) await walk(arg, arg);
    else out.inputs.push({ kind: 'file', path: resolve(arg), display: arg, size: s.size });
  }
  return out;
}
