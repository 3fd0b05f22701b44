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

/**
 * `subject` against `baseline`, measured in alternating batches (the order flips every round) so that a change
 * in machine load during the run affects both sides alike; the ratio is the median of the per-round ratios.
 */
export function medianRatio(subject: () => void, baseline: () => void, { rounds = 15, minBatchMs = 60 } = {}) {
  for (let i = 0; i < 5; i++) {
    subject();
    baseline();
  }
  const perBatch = runsPerBatch(baseline, minBatchMs);
  const subjectMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let s: number;
    let b: number;
    if (round % 2) {
      s = msPerRun(subject, perBatch);
      b = msPerRun(baseline, perBatch);
    } else {
      b = msPerRun(baseline, perBatch);
      s = msPerRun(subject, perBatch);
    }
    subjectMs.push(s);
    baselineMs.push(b);
    ratios.push(s / b);
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return { subjectMs: median(subjectMs), baselineMs: median(baselineMs), ratio: median(ratios) };
}
