// What the user named on the command line → a list of inputs: files (folders walked
// recursively in name order) and feed addresses. Only regular files are inputs: a device,
// FIFO or socket is named and refused, never opened.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { InputProblem } from '../document/types.js';
import { notRegular, type Fetched } from './bounded.js';

export type Input =
  | { kind: 'file'; path: string; display: string; size: number; bytes?: Buffer }
  /** `fetched`: the answer already in hand (lagebild watch fetches conditionally first). */
  | { kind: 'url'; url: string; display: string; fetched?: Fetched };

export const SUPPORTED = new Set(['.txt', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl', '.ndjson']);

export interface Expanded {
  inputs: Input[];
  problems: InputProblem[];
  /** Files inside folders skipped for their type (images, PDFs, …). */
  ignored: number;
}

/**
 * A file name as bytes → the name shown and kept. A name that is no valid UTF-8 (a Latin-1
 * name from an old archive) is read as Latin-1; the bytes still open the file.
 */
function nameOf(bytes: Buffer): { name: string; exact: boolean } {
  const utf8 = bytes.toString('utf8');
  return Buffer.from(utf8).equals(bytes) ? { name: utf8, exact: true } : { name: bytes.toString('latin1'), exact: false };
}

export async function expandInputs(args: string[]): Promise<Expanded> {
  const out: Expanded = { inputs: [], problems: [], ignored: 0 };
  const seen = new Set<string>();
  const refuse = (input: string, reason: string) => out.problems.push({ input, reason, severity: 'error' });
  const walk = async (dir: Buffer, display: string): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) return; // symlink loops
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      refuse(display, `cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const e of entries) {
      const { name, exact } = nameOf(e.name);
      if (name.startsWith('.')) continue;
      const path = Buffer.concat([dir, Buffer.from('/'), e.name]);
      const shown = join(display, name);
      if (e.isDirectory() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory())) {
        await walk(path, shown);
      } else if (SUPPORTED.has(extname(name).toLowerCase())) {
        const s = await stat(path).catch((err: NodeJS.ErrnoException) => err);
        if (s instanceof Error) refuse(shown, s.code === 'ENOENT' ? 'broken link' : `cannot read (${s.code ?? s.message})`);
        else if (!s.isFile()) refuse(shown, notRegular(s));
        else out.inputs.push({ kind: 'file', path: resolve(join(display, name)), display: shown, size: s.size, ...(exact ? {} : { bytes: path }) });
      } else out.ignored++;
    }
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) { out.inputs.push({ kind: 'url', url: arg, display: arg }); continue; }
    const s = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (s instanceof Error) refuse(arg, s.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${s.code ?? s.message})`);
    else if (s.isDirectory()) await walk(Buffer.from(resolve(arg)), arg);
    else if (!s.isFile()) refuse(arg, notRegular(s));
    else out.inputs.push({ kind: 'file', path: resolve(arg), display: arg, size: s.size });
  }
  return out;
}
