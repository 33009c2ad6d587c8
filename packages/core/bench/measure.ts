/** Timing helpers: warm-up runs, then medians (or percentiles) of repeated runs, in milliseconds. */

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const collect = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

/**
 * Times `run` (given what `prepare` returns, untimed) after warm-up runs; the median in ms, every sample and the first run.
 * With `gc`, a full garbage collection runs before each run (needs `--expose-gc`), so one run's garbage does not land in the next.
 */
export function timeRuns<T>(
  run: (input: T) => unknown,
  options: { runs: number; warmup: number; prepare: () => T; gc?: boolean },
): { ms: number; samples: number[]; first: number; cpuMs: number } {
  const samples: number[] = [];
  const cpu: number[] = [];
  let first = Number.NaN;
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const input = options.prepare();
    if (options.gc) collect();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(input);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (i === 0) first = ms;
    if (i >= options.warmup) {
      samples.push(ms);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { ms: median(samples), samples, first, cpuMs: median(cpu) };
}

/** The median time of one call (ms), calling `call` once per argument in each run; `prepare` makes fresh state per run (untimed). */
export function perCall<S, A>(
  call: (state: S, arg: A) => unknown,
  args: readonly A[],
  options: { runs: number; warmup: number; prepare: () => S },
): number {
  const { ms } = timeRuns((state: S) => {
    for (const arg of args) call(state, arg);
  }, options);
  return ms / args.length;
}

/**
 * Times every call on its own: first a warm-up pass over the first `warm` arguments (reported apart as `first`), then
 * `passes` passes over all of them. p50 and p95 in ms are those of each pass, then the median over passes, so one
 * burst of load from other processes on a shared machine does not decide the answer.
 */
export function callDistribution<A>(
  call: (arg: A) => unknown,
  args: readonly A[],
  warm = args.length,
  passes = 3,
): { p50: number; p95: number; first: { p50: number; p95: number } } {
  const firstTimes: number[] = [];
  for (const arg of args.slice(0, warm)) {
    const start = performance.now();
    call(arg);
    firstTimes.push(performance.now() - start);
  }
  const first = { p50: percentile(firstTimes, 50), p95: percentile(firstTimes, 95) };
  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const times: number[] = [];
    for (const arg of args) {
      const start = performance.now();
      call(arg);
      times.push(performance.now() - start);
    }
    p50s.push(percentile(times, 50));
    p95s.push(percentile(times, 95));
  }
  return { p50: median(p50s), p95: median(p95s), first };
}
