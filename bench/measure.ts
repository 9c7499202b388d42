/** Median of `runs` timings of `fn` in milliseconds (after one untimed warm-up when `warmup` is true). */
export async function medianMs(fn: () => unknown, runs = 5, warmup = true): Promise<number> {
  if (warmup) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]!);
}

export const round = (x: number) => Math.round(x * 10) / 10;

/** Peak resident memory of this process so far, in MB. */
export function peakMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** One measurement per line on stdout, as the benchmark convention asks; humans read stderr. */
export function report(measurement: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}
