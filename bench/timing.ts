// Timing helpers: warm up, then take the median of several batches so one GC pause does not decide a ratio.
export function medianMs(run: () => void, { batches = 9, minBatchMs = 40 } = {}): number {
  for (let i = 0; i < 5; i++) run();
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    if (performance.now() - start >= minBatchMs) break;
    perBatch *= 2;
  }
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    samples.push((performance.now() - start) / perBatch);
  }
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
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) baseline();
    if (performance.now() - start >= minBatchMs) break;
    perBatch *= 2;
  }
  const batch = (run: () => void) => {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    return (performance.now() - start) / perBatch;
  };
  const subjectMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let s: number;
    let b: number;
    if (round % 2) {
      s = batch(subject);
      b = batch(baseline);
    } else {
      b = batch(baseline);
      s = batch(subject);
    }
    subjectMs.push(s);
    baselineMs.push(b);
    ratios.push(s / b);
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return { subjectMs: median(subjectMs), baselineMs: median(baselineMs), ratio: median(ratios) };
}
