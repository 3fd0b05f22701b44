// The runtime form of the schemas: plain data generated from the zod schemas (generated/specs.ts, written
// by `npm run schema`), compiled here into predicates (explained and repaired in repair.ts when a value fails). The browser
// path therefore never loads zod; the zod schemas stay the one source (types, JSON Schema, these specs).

/**
 * A value's shape. `icon`, `action` and `cardAction` are strings / ActionConfig / CardAction that the
 * walker treats specially (icon-name warnings, lenient actions).
 */
export type ValueSpec =
  | "string"
  | "number"
  | "boolean"
  | "unknown"
  | "icon"
  | "action"
  | "cardAction"
  | { readonly enum: readonly unknown[] }
  | { readonly anyOf: readonly ValueSpec[] }
  | { readonly array: ValueSpec }
  | { readonly record: ValueSpec }
  | ObjectSpecData;

export interface ObjectSpecData {
  readonly object: Readonly<Record<string, ValueSpec>>;
  readonly required: readonly string[];
  /** Unknown keys are an error (value objects such as Spacing); otherwise they are stripped. */
  readonly strict?: boolean;
}

/** Which node types a `children` slot accepts. */
export type Slot = "root" | "component" | "componentOrRoot" | "listViewItem" | "tableRow" | "tableCell";
export type Category = "root" | "listViewItem" | "component";

export interface NodeSpecData {
  readonly type: string;
  readonly category: Category;
  /** Props other than `type` and `children`, in schema order. */
  readonly props: ObjectSpecData;
  readonly children?: { readonly many: boolean; readonly required: boolean; readonly slot: Slot };
}

export interface SpecData {
  readonly nodes: readonly NodeSpecData[];
  readonly action: ObjectSpecData;
  readonly cardAction: ObjectSpecData;
}

export type Check = (value: unknown) => boolean;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Compiles specs into predicates; "action"/"cardAction" resolve to the objects given here. */
export class SpecCompiler {
  private readonly cache = new Map<ValueSpec, Check>();
  constructor(private readonly named: { action: ObjectSpecData; cardAction: ObjectSpecData }) {}

  resolve(spec: ValueSpec): ValueSpec {
    if (spec === "action") return this.named.action;
    if (spec === "cardAction") return this.named.cardAction;
    return spec;
  }

  /** A predicate: is `value` valid as it is (so it can be used without copying)? */
  check(spec: ValueSpec): Check {
    const cached = this.cache.get(spec);
    if (cached) return cached;
    // Recursion guard: a spec that refers to itself (none today) is checked lazily.
    this.cache.set(spec, (value) => this.check(spec)(value));
    const built = this.build(this.resolve(spec));
    this.cache.set(spec, built);
    return built;
  }

  private build(spec: ValueSpec): Check {
    switch (spec) {
      case "string":
      case "icon":
        return (value) => typeof value === "string";
      case "number":
        return (value) => typeof value === "number" && Number.isFinite(value);
      case "boolean":
        return (value) => typeof value === "boolean";
      case "unknown":
        return () => true;
      case "action":
      case "cardAction":
        return this.check(this.resolve(spec));
    }
    if ("enum" in spec) {
      const allowed = new Set(spec.enum);
      return (value) => allowed.has(value);
    }
    if ("anyOf" in spec) {
      const options = spec.anyOf.map((option) => this.check(option));
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    if ("array" in spec) {
      const element = this.check(spec.array);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    if ("record" in spec) {
      const item = this.check(spec.record);
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const key in value) if (!item(value[key])) return false;
        return true;
      };
    }
    const entries = Object.entries(spec.object).map(([key, field]) => [key, this.check(field)] as const);
    const known = new Set(Object.keys(spec.object));
    const required = new Set(spec.required);
    // Unknown keys fail even for non-strict objects: the walker then strips them with `clean`.
    return (value) => {
      if (!isPlainObject(value)) return false;
      for (const [key, check] of entries) {
        const field = value[key];
        if (field === undefined) {
          if (required.has(key) || key in value) return false;
        } else if (!check(field)) return false;
      }
      for (const key in value) if (!known.has(key)) return false;
      return true;
    };
  }
}
