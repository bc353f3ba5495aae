// Time per pipeline stage, for the benchmark. Costs one performance.now() per lap.
export class Stopwatch {
  readonly ms: Record<string, number> = {};
  private last = performance.now();

  /** Charges the time since the previous lap to `stage`. */
  lap(stage: string): void {
    const now = performance.now();
    this.ms[stage] = (this.ms[stage] ?? 0) + (now - this.last);
    this.last = now;
  }
}
