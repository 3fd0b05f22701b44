// Timing helpers: warm up, then take the median of several batches so one GC pause does not decide a ratio.

/** How many runs of `run` (doubling from one) take at least `minBatchMs`. */
function runsPerBatch(run: () => void, minBatchMs: number): number {
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    if (performance.now() - start >= minBatchMs) return perBatch;
    perBatch *= 2;
  }
}

/** Milliseconds per run, over one batch of `perBatch` runs. */
function msPerRun(run: () => void, perBatch: number): number {
  const start = performance.now();
  for (let i = 0; i < perBatch; i++) run();
  return (performance.now() - start) / perBatch;
}

/** Median milliseconds per run of `run`, over `batches` batches of at least `minBatchMs` each. */
export function medianMs(run: () => void, { batches = 9, minBatchMs = 40 } = {}): number {
  for (let i = 0; i < 5; i++) run();
  const perBatch = runsPerBatch(run, minBatchMs);
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) samples.push(msPerRun(run, perBatch));
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** A timed run: synchronous, or a promise that settles when the run is done (an asynchronous mount). */
export type Run = () => void | Promise<void>;

/** Milliseconds per run over one batch; a run that returns a promise is awaited before the next starts. */
async function msPerRunAwaiting(run: Run, perBatch: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < perBatch; i++) {
    const pending = run();
    // Synchronous runs are not awaited: no microtask between them, so they are timed as `msPerRun` times them.
    if (pending) await pending;
  }
  return (performance.now() - start) / perBatch;
}

/**
 * `subject` against `baseline`, measured in alternating batches (the order flips every round) so that a change
 * in machine load during the run affects both sides alike; the ratio is the median of the per-round ratios.
 * Either side may be asynchronous (each run is awaited before the next); batches hold as many runs of
 * `baseline` as take `minBatchMs`.
 */
export async function medianRatio(subject: Run, baseline: Run, { rounds = 15, minBatchMs = 60 } = {}) {
  for (let i = 0; i < 5; i++) {
    await subject();
    await baseline();
  }
  let perBatch = 1;
  while ((await msPerRunAwaiting(baseline, perBatch)) * perBatch < minBatchMs) perBatch *= 2;
  const subjectMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let s: number;
    let b: number;
    if (round % 2) {
      s = await msPerRunAwaiting(subject, perBatch);
      b = await msPerRunAwaiting(baseline, perBatch);
    } else {
      b = await msPerRunAwaiting(baseline, perBatch);
      s = await msPerRunAwaiting(subject, perBatch);
    }
    subjectMs.push(s);
    baselineMs.push(b);
    ratios.push(s / b);
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return { subjectMs: median(subjectMs), baselineMs: median(baselineMs), ratio: median(ratios) };
}
