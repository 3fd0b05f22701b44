import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from "react";

/**
 * Pairs `Label`s with the controls they name, by field name, in either render order.
 *
 * A `Label` registers `{ fieldName, element }`; a control registers `{ name, element }`. Each side reads the
 * other from here: the control sets `aria-labelledby` to the ids of its labels, the label points `htmlFor` at
 * the control when the control is labelable. A pair is made only in the nearest common scope, as a form
 * submits: the same `<form>` first, then the same widget (`.cw-widget`), then the same `.cw-root`, then the
 * document. Controls that load later (lazy views) or move re-pair, because every change notifies both sides.
 */
interface Entry {
  name: string;
  element: HTMLElement;
}

const labels = new Set<Entry>();
const fields = new Set<Entry>();
const listeners = new Set<() => void>();
let version = 0;

function changed() {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getVersion = () => version;

function register(set: Set<Entry>, entry: Entry): () => void {
  set.add(entry);
  changed();
  return () => {
    set.delete(entry);
    changed();
  };
}

const SCOPES = ["form", ".cw-widget", ".cw-root"] as const;

/** The entries of `set` named `name` nearest to `from`: same form, then widget, then root, then document. */
function nearest(set: Set<Entry>, name: string, from: HTMLElement): HTMLElement[] {
  const named = [...set].filter((entry) => entry.name === name && entry.element.isConnected && entry.element !== from);
  if (named.length === 0) return [];
  for (const selector of SCOPES) {
    const scope = from.closest(selector);
    if (!scope) continue;
    const inside = named.filter((entry) => scope.contains(entry.element));
    if (inside.length > 0) return inside.map((entry) => entry.element);
  }
  return named.filter((entry) => entry.element.ownerDocument === from.ownerDocument).map((entry) => entry.element);
}

/** Element ids in document order, so a name reads in the order the labels are seen. */
function inOrder(elements: HTMLElement[]): HTMLElement[] {
  return [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * Registers the element in `ref` as a `Label` for `fieldName` and returns the id of the control it names
 * (the first one in its scope), or `undefined` when no such control is on the page. `""` labels nothing.
 */
export function useLabelFor(fieldName: string, ref: RefObject<HTMLElement | null>): HTMLElement | undefined {
  const current = useSyncExternalStore(subscribe, getVersion, getVersion);
  const [field, setField] = useState<HTMLElement | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || fieldName === "") return;
    return register(labels, { name: fieldName, element });
  }, [fieldName, ref]);
  useLayoutEffect(() => {
    const element = ref.current;
    const found = element && fieldName !== "" ? inOrder(nearest(fields, fieldName, element))[0] : undefined;
    setField((previous) => (previous === found ? previous : found));
  }, [current, fieldName, ref]);
  return field;
}

/**
 * Registers the element in `ref` as the visible control of the field `name` and returns the value for its
 * `aria-labelledby`: the ids of the `Label`s whose `fieldName` is `name` in its scope (ids are given to labels
 * that have none), space-separated, or `undefined` when none labels it. No `name`, no labels.
 */
export function useFieldLabelledBy(name: string | undefined, ref: RefObject<HTMLElement | null>): string | undefined {
  const current = useSyncExternalStore(subscribe, getVersion, getVersion);
  const [labelledBy, setLabelledBy] = useState<string | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !name) return;
    return register(fields, { name, element });
  }, [name, ref]);
  useLayoutEffect(() => {
    const element = ref.current;
    const found = element && name ? inOrder(nearest(labels, name, element)) : [];
    for (const label of found) if (!label.id) label.id = `cw-label-${++generatedIds}`;
    const next = found.length > 0 ? found.map((label) => label.id).join(" ") : undefined;
    setLabelledBy((previous) => (previous === next ? previous : next));
  }, [current, name, ref]);
  return labelledBy;
}

let generatedIds = 0;
