// Form values are read from the DOM of the nearest <form> when an action fires (controls stay
// uncontrolled, like ChatKit's): every named native control inside the form contributes its value.

const SKIPPED_INPUT_TYPES = new Set(["button", "submit", "reset", "image", "file"]);
// Names that would write through the prototype chain instead of into the payload.
const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(element: Element): element is FieldElement {
  return (
    element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
  );
}

/**
 * The values of the named controls of `form`, nested by dot path (`todo.title` → `{ todo: { title } }`).
 * Checkbox → boolean; radio group → the checked value (`null` when none is); `select multiple` → string[];
 * everything else → its string value. Disabled controls are left out, as in a native submission.
 */
export function collectFormValues(form: HTMLFormElement): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    if (!isField(element) || !element.name || element.disabled) continue;
    if (element instanceof HTMLInputElement) {
      if (SKIPPED_INPUT_TYPES.has(element.type)) continue;
      if (element.type === "checkbox") {
        setPath(values, element.name, element.checked);
        continue;
      }
      if (element.type === "radio") {
        if (element.checked) setPath(values, element.name, element.value);
        else if (getPath(values, element.name) === undefined) setPath(values, element.name, null);
        continue;
      }
    }
    if (element instanceof HTMLSelectElement && element.multiple) {
      setPath(
        values,
        element.name,
        Array.from(element.selectedOptions, (option) => option.value),
      );
      continue;
    }
    setPath(values, element.name, element.value);
  }
  return values;
}

/** Writes `value` at a dot path, creating the objects on the way. Unsafe segments are ignored. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".").filter((segment) => segment !== "");
  if (segments.length === 0 || segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) return;
  let cursor = target;
  for (const segment of segments.slice(0, -1)) {
    // Own keys only: a field named like an Object.prototype member (`toString`) is an ordinary field.
    const next = Object.hasOwn(cursor, segment) ? cursor[segment] : undefined;
    if (!isPlainObject(next)) cursor[segment] = {};
    cursor = cursor[segment] as Record<string, unknown>;
  }
  cursor[segments[segments.length - 1]] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  let cursor: unknown = target;
  for (const segment of path.split(".")) {
    if (!isPlainObject(cursor) || !Object.hasOwn(cursor, segment)) return undefined;
    cursor = cursor[segment];
  }
  return cursor;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Merges form values into the static payload of an action. A static key always wins: a form value
 * at the same leaf is dropped and its dot path is reported in `collisions`. Nested objects merge.
 */
export function mergeFormValues(
  staticPayload: Record<string, unknown> | undefined,
  formValues: Record<string, unknown>,
): { payload: Record<string, unknown>; collisions: string[] } {
  const collisions: string[] = [];
  const merge = (base: Record<string, unknown>, extra: Record<string, unknown>, prefix: string) => {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) {
      const path = prefix ? `${prefix}.${key}` : key;
      // Own keys only: `toString` in a payload is not inherited from Object.prototype.
      if (!Object.hasOwn(base, key)) result[key] = value;
      else if (isPlainObject(base[key]) && isPlainObject(value)) result[key] = merge(base[key], value, path);
      else collisions.push(path);
    }
    return result;
  };
  return { payload: merge(staticPayload ?? {}, formValues, ""), collisions };
}
