// Resource limits of one template render. Templates come from files an app ships, but the data they render
// (and the sizes that data feeds into `range()` or `*`) may come from users, so no render may take the
// process down: every string, sequence, loop and the output are bounded, and crossing a bound throws a
// `TemplateLimitError` that names it. Rendering is synchronous, so the limits of the render in progress
// live in module state for the value helpers (values.ts, builtins.ts) to consult.

export interface TemplateLimits {
  /** Characters the template may print in total (its output). Default 1,000,000. */
  maxOutputLength: number;
  /** Characters of any one string value the template builds (`*`, `~`, `+`, filters, printing a list). Default 1,000,000. */
  maxStringLength: number;
  /** Items of any one list or dict the template builds, or of a `range()` turned into a list. Default 100,000. */
  maxSequenceLength: number;
  /** Loop iterations plus items visited by filters and operators, over the whole render. Default 200,000. */
  maxIterations: number;
  /** Characters of all strings built over the whole render (bounds memory when a loop builds many strings). Default 20,000,000. */
  maxTotalStringLength: number;
  /** Nesting depth of values the template prints, compares or converts (also catches self-containing lists). Default 200. */
  maxDepth: number;
}

/** Chosen so that any real widget template (tens of KB of JSON, lists of hundreds of rows) fits by orders of magnitude. */
export const DEFAULT_TEMPLATE_LIMITS: Readonly<TemplateLimits> = Object.freeze({
  maxOutputLength: 1_000_000,
  maxStringLength: 1_000_000,
  maxSequenceLength: 100_000,
  maxIterations: 200_000,
  maxTotalStringLength: 20_000_000,
  maxDepth: 200,
});

/** A render crossed one of its `TemplateLimits`; `limit` names it, `max` is its value. */
export class TemplateLimitError extends Error {
  override name = "TemplateLimitError";
  constructor(
    readonly limit: keyof TemplateLimits,
    readonly max: number,
    what: string,
    options?: ErrorOptions,
  ) {
    super(`Template limit ${limit} (${max}) exceeded: ${what}`, options);
  }
}

/** What the render in progress has used so far. */
export class Budget {
  iterations = 0;
  totalString = 0;
  constructor(readonly limits: TemplateLimits) {}

  /** Counts `count` iterations (loop turns, items a filter or operator visits). */
  iterate(count = 1): void {
    this.iterations += count;
    if (this.iterations > this.limits.maxIterations) {
      throw new TemplateLimitError("maxIterations", this.limits.maxIterations, "too many loop iterations or items processed");
    }
  }

  /** Refuses a sequence of `length` items before it is built. */
  sequence(length: number): void {
    if (length > this.limits.maxSequenceLength) {
      throw new TemplateLimitError("maxSequenceLength", this.limits.maxSequenceLength, `a sequence of ${length} items`);
    }
  }

  /** Refuses a string of `length` characters before it is built, and counts it towards the render's total. */
  string(length: number): void {
    if (length > this.limits.maxStringLength) {
      throw new TemplateLimitError("maxStringLength", this.limits.maxStringLength, `a string of ${length} characters`);
    }
    this.totalString += length;
    if (this.totalString > this.limits.maxTotalStringLength) {
      throw new TemplateLimitError("maxTotalStringLength", this.limits.maxTotalStringLength, "the template built too much text");
    }
  }

  /** Checks a built string (see `string`) and returns it. */
  built(text: string): string {
    this.string(text.length);
    return text;
  }

  depth(level: number): void {
    if (level > this.limits.maxDepth) {
      throw new TemplateLimitError("maxDepth", this.limits.maxDepth, "values nested too deeply (or a list that contains itself)");
    }
  }
}

let active: Budget | null = null;

/** The budget of the render in progress (outside a render, e.g. a direct helper call, a fresh default one). */
export function budget(): Budget {
  return active ?? new Budget({ ...DEFAULT_TEMPLATE_LIMITS });
}

/** Runs `render` with `limits` in force; a JavaScript stack or string-size overflow becomes a TemplateLimitError. */
export function withLimits<T>(limits: Partial<TemplateLimits> | undefined, render: () => T): T {
  const resolved = { ...DEFAULT_TEMPLATE_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== "number" || !(value >= 0)) throw new TypeError(`Template limit ${name} must be a number ≥ 0`);
  }
  const previous = active;
  active = new Budget(resolved);
  try {
    return render();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new TemplateLimitError("maxDepth", resolved.maxDepth, "the template nests too deeply to evaluate", { cause: error });
    }
    if (error instanceof RangeError && /invalid (string|array) length/i.test(error.message)) {
      throw new TemplateLimitError("maxStringLength", resolved.maxStringLength, error.message, { cause: error });
    }
    throw error;
  } finally {
    active = previous;
  }
}
