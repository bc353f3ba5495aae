// The fault suite's harness: runs the built CLI as a child process under a time and memory
// ceiling, with its own peak memory (from the child at exit, or /proc's VmHWM when it had to
// be killed), and records one row per scenario for the before/after table.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateCorpus } from '../bench/corpus.js';
import { CLI } from '../testing/fixtures.js';

const REPORTER = new URL('./rss-report.js', import.meta.url).pathname;

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
  /** Peak resident memory in MB, as the child (or the kernel for it) measured it. */
  peakMB: number;
  /** Killed at the time ceiling. */
  hung: boolean;
  /** Killed at the memory ceiling. */
  overMemory: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  memoryMB?: number;
  env?: Record<string, string>;
  cwd?: string;
  /** Called with the child once it runs (to kill it at a chosen moment). */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

function vmHwmKB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch { return 0; }
}

/** Runs `lagebild args…` and resolves when it ends or is killed at a ceiling. */
export function runCli(args: string[], { timeoutMs = 60_000, memoryMB = 3072, env = {}, cwd, onSpawn }: RunOptions = {}): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORTER, CLI, ...args], {
    cwd, env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let out = '', err = '', report = '', peakKB = 0, hung = false, overMemory = false;
  child.stdout!.on('data', (d: Buffer) => { if (out.length < 1 << 20) out += d; });
  child.stderr!.on('data', (d: Buffer) => { if (err.length < 1 << 20) err += d; });
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => { report += d; });
  const poll = setInterval(() => {
    peakKB = Math.max(peakKB, vmHwmKB(child.pid!));
    if (peakKB > memoryMB * 1024) { overMemory = true; child.kill('SIGKILL'); }
  }, 50);
  const timer = setTimeout(() => { hung = true; child.kill('SIGKILL'); }, timeoutMs);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearInterval(poll); clearTimeout(timer);
    const own = /"maxRssKB":(\d+)/.exec(report);
    const kb = own ? Number(own[1]) : peakKB;
    resolve({ code, signal, out, err, ms: performance.now() - started, peakMB: Math.round(kb / 1024), hung, overMemory });
  }));
}

export interface FaultRow { scenario: string; inputs: number; hangs: number; peakMB: number; lost: number; seconds: number; note?: string }

/** Appends a row to $LAGEBILD_FAULT_LOG (JSON lines) when set: the before/after table is built from it. */
export function record(row: FaultRow): void {
  const log = process.env.LAGEBILD_FAULT_LOG;
  if (log) appendFileSync(log, JSON.stringify(row) + '\n');
}

/** A row from one child run. */
export function recordRun(scenario: string, r: ChildRun, inputs: number, lost = 0, note?: string): void {
  record({ scenario, inputs, hangs: r.hung ? 1 : 0, peakMB: r.peakMB, lost, seconds: Math.round(r.ms / 100) / 10, note: note ?? (r.overMemory ? 'killed at the memory ceiling' : undefined) });
}

/** Documents in a store (0 when there is none or it cannot be read). */
export function storedDocuments(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return (d.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n; } finally { d.close(); }
  } catch { return 0; }
}

/** Writes n distinct German articles as .txt files (the benchmark's generator) and returns their paths. */
export function goodArticles(dir: string, n: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const a of generateCorpus(n * 2, seed)) {
    if (a.copyOf) continue;
    const path = join(dir, `${a.id}.txt`);
    writeFileSync(path, ` date ${a.published} ${a.title}\n\n${a.text}\n`);
    paths.push(path);
    if (paths.length === n) break;
  }
  return paths;
}

/** The last line of stdout parsed as the ingest's --json summary. */
export function summaryOf(r: ChildRun): { added: number; failed: number; warnings: number } | null {
  try { return JSON.parse(r.out.trim().split('\n').pop()!); } catch { return null; }
}

/** No JavaScript stack trace in a child's stderr. */
export function hasStack(err: string): boolean {
  return /\n\s+at .+[(:]\d+/.test(err);
}
