// The fast path for a widget that needs nothing from the lenient walker: every node a built-in type in its place,
// every prop known and valid as it is, no null, no unreadable length, no unknown icon. Such a widget is what
// `parseWidget` returns unchanged with no warning, so the renderer can accept it without loading the walker
// (parse.ts), which explains, repairs and reports. Anything else is left to the walker: this check never warns,
// never repairs and never rejects.
import { isKnownIconName } from "./icons";
import { measureWidget } from "./limits";
import { isReadableLength } from "./lengths";
import { DEFAULT_MAX_DEPTH, NODE_SPECS, isEmptyButton, lengthValuesOf, placementOf } from "./nodeSpecs";
import type { WidgetRoot } from "./roots";
import { isPlainObject, type Slot } from "./spec";

/**
 * The widget as `parseWidget(input)` would return it (`{ ok: true, warnings: [] }`), or undefined when the walker
 * has anything to say about it. `input` is widget JSON or JSON text. Like the walker's output, every node is a
 * new object (type first, children last) and prop values are the input's own. Never throws; within the default
 * whole-widget limits and nesting depth only (beyond them: undefined).
 *
 * It knows the node types whose specs are here: the everyday ones at first, every built-in type once the on-demand
 * specs have been added (the renderer's validate.ts loads them; loading the walker adds them too). With all of them,
 * `test/schema/clean.test.ts` holds it to the walker: whatever this accepts, the walker returns equal, with no
 * issue; whatever the walker returns unchanged with no issue, this accepts.
 */
export function cleanWidget(input: unknown): WidgetRoot | undefined {
  const clean = checkWidget(input);
  return typeof clean === "object" ? clean : undefined;
}

/**
 * `cleanWidget`, saying why it declined when the first thing it could not accept was a node type without a spec
 * here (returns that type's name): the on-demand specs or a custom node's schema may accept it; for anything else
 * only the walker can answer (undefined).
 */
export function checkWidget(input: unknown): WidgetRoot | string | undefined {
  try {
    const value = typeof input === "string" ? JSON.parse(input) : input;
    if (measureWidget(value).exceeded) return undefined;
    return cleanNode(value, "root", 0) as WidgetRoot | undefined;
  } catch (reason) {
    return reason instanceof MissingSpec ? reason.type : undefined;
  }
}

/** Thrown out of the walk at the first node whose type has no spec. */
class MissingSpec {
  constructor(readonly type: string) {}
}

function cleanNode(raw: unknown, slot: Slot, depth: number): Record<string, unknown> | undefined {
  if (depth > DEFAULT_MAX_DEPTH || !isPlainObject(raw)) return undefined;
  const type = raw.type;
  const spec = typeof type === "string" ? NODE_SPECS.get(type) : undefined;
  if (!spec && typeof type === "string") throw new MissingSpec(type);
  if (!spec || placementOf(slot, spec.category, spec.type) !== "ok") return undefined;
  const out: Record<string, unknown> = { type };
  for (const key in raw) {
    if (key === "type" || (key === "children" && spec.children)) continue;
    const value = raw[key];
    const field = spec.fields.get(key);
    if (!field || value === null || value === undefined || !field.check(value)) return undefined;
    if (field.kind === "icon" && !isKnownIconName(value as string)) return undefined;
    if (key === "status" && isPlainObject(value) && typeof value.icon === "string" && !isKnownIconName(value.icon)) return undefined;
    out[key] = value;
  }
  for (const field of spec.required) if (out[field.key] === undefined) return undefined;
  if (isEmptyButton(spec.type, out)) return undefined;
  if (lengthValuesOf(spec, out).some(({ key, value, list }) => !isReadableLength(key, value, list))) return undefined;
  const children = spec.children;
  if (children && "children" in raw) {
    const rawChildren = raw.children;
    if (children.many) {
      if (!Array.isArray(rawChildren)) return undefined;
      const list = new Array<unknown>(rawChildren.length);
      for (let index = 0; index < rawChildren.length; index++) {
        const child = cleanNode(rawChildren[index], children.slot, depth + 1);
        if (!child) return undefined;
        list[index] = child;
      }
      out.children = list;
    } else {
      const child = cleanNode(rawChildren, children.slot, depth + 1);
      if (!child) return undefined;
      out.children = child;
    }
  } else if (children?.required) return undefined;
  return out;
}
