// Compiles a zod schema into a plain predicate once, at module load. The predicate answers "is this
// value valid as it is?" without allocating; zod itself only runs when a value fails, to explain why.
import type * as z from "zod/mini";

export type FastCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: unknown[];
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  catchall?: z.core.$ZodType;
}

export function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

/** `z.optional(x)` → `x`, and whether it was optional. */
export function unwrapOptional(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (defOf(inner).type === "optional") {
    optional = true;
    inner = defOf(inner).innerType!;
  }
  return { inner, optional };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const cache = new WeakMap<z.core.$ZodType, FastCheck | null>();

/**
 * A predicate equivalent to `safeParse(schema, value).success` for the subset of zod this package
 * uses (string, number, boolean, literal, enum, union, object, array, record, unknown, optional), or
 * `null` when the schema uses something else (checks, transforms, lazy) and zod must decide.
 * Objects pass only without unknown keys, so a value that passes is also zod's output unchanged.
 */
export function compileCheck(schema: z.core.$ZodType): FastCheck | null {
  if (cache.has(schema)) return cache.get(schema)!;
  cache.set(schema, null); // recursion guard; recursive schemas fall back to zod
  const check = build(schema);
  cache.set(schema, check);
  return check;
}

function build(schema: z.core.$ZodType): FastCheck | null {
  const def = defOf(schema);
  if (def.checks && def.checks.length > 0) return null;
  switch (def.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "unknown":
    case "any":
      return () => true;
    case "literal": {
      const values = def.values ?? [];
      return values.length === 1 ? (value) => value === values[0] : (value) => values.includes(value);
    }
    case "enum": {
      const allowed = new Set<unknown>(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value);
    }
    case "optional": {
      const inner = compileCheck(def.innerType!);
      return inner && ((value) => value === undefined || inner(value));
    }
    case "union": {
      const options = (def.options ?? []).map(compileCheck);
      if (options.some((option) => option === null)) return null;
      const checks = options as FastCheck[];
      return (value) => {
        for (const check of checks) if (check(value)) return true;
        return false;
      };
    }
    case "array": {
      const element = compileCheck(def.element!);
      if (!element) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case "record": {
      const key = def.keyType ? defOf(def.keyType).type : "string";
      const item = compileCheck(def.valueType!);
      if (key !== "string" || !item) return null;
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const k in value) if (!item(value[k])) return false;
        return true;
      };
    }
    case "object": {
      // A strict object (catchall never) rejects unknown keys, as this predicate does; others fall back.
      if (def.catchall && defOf(def.catchall).type !== "never") return null;
      const entries: Array<[string, FastCheck, boolean]> = [];
      for (const [key, fieldSchema] of Object.entries(def.shape ?? {})) {
        const check = compileCheck(fieldSchema);
        if (!check) return null;
        entries.push([key, check, unwrapOptional(fieldSchema).optional]);
      }
      const known = new Set(entries.map(([key]) => key));
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const [key, check, optional] of entries) {
          const field = value[key];
          if (field === undefined) {
            if (!optional || key in value) return false;
          } else if (!check(field)) return false;
        }
        for (const key in value) if (!known.has(key)) return false;
        return true;
      };
    }
    default:
      return null;
  }
}

/** A copy without `null` object values (at any depth), since `null` means "absent" in widget JSON. */
export function dropNulls(value: unknown, depth = 0): unknown {
  if (depth > 64) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = dropNulls(item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (!isPlainObject(value)) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    // `__proto__` as an own key (JSON.parse makes those) must never be assigned back.
    if (item === null || key === "__proto__") {
      changed = true;
      continue;
    }
    const next = dropNulls(item, depth + 1);
    if (next !== item) changed = true;
    out[key] = next;
  }
  return changed ? out : value;
}
