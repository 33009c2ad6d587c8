/** With PARLEY_PROFILE=1, prints how long after the process started each step finished (stderr, for benchmarks). */
export function mark(step: string): void {
  if (process.env.PARLEY_PROFILE) process.stderr.write(`parley-profile ${step} ${performance.now().toFixed(1)}\n`);
}
