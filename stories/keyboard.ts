// Keyboard-only play helpers: reach a control with Tab, operate it with the keys of its ARIA pattern, and check
// after every action that focus did not fall to the page (<body>): a keyboard user would start again from the top
// and a screen reader would say nothing.
import { expect, userEvent } from "storybook/test";

/** Two frames: effects of the last key (a removed control, a component moving focus, the widget's fallback) ran. */
export const settled = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** The element that has focus, or null when focus is on the page. */
export function focused(): HTMLElement | null {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return null;
  return active as HTMLElement;
}

const describe = (element: Element | null) => {
  if (!element) return "<body>";
  const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
  const role = element.getAttribute("role") ?? element.tagName.toLowerCase();
  return `${role} "${name}"`;
};

/**
 * Fails when focus is on the page. With `inside`, focus must also be inside that element (or in a popover it
 * opened: an element with `data-radix-popper-content-wrapper` or `role=listbox|dialog|menu`).
 */
export async function expectFocusKept(inside?: Element, what = "after the last key") {
  await settled();
  const active = focused();
  await expect(active, `focus fell to <body> ${what}`).not.toBeNull();
  if (inside && active && !inside.contains(active)) {
    const inPopover = active.closest("[data-radix-popper-content-wrapper], [role=listbox], [role=dialog], [role=menu]");
    await expect(inPopover, `focus left the story (${describe(active)}) ${what}`).not.toBeNull();
  }
}

type Target = Element | ((element: HTMLElement) => boolean);

/**
 * Presses Tab (Shift+Tab with `shift`) until `target` has focus, checking after each press that focus is on
 * something. Fails after `max` presses. Returns the focused element.
 */
export async function tabTo(target: Target, { shift = false, max = 40 }: { shift?: boolean; max?: number } = {}): Promise<HTMLElement> {
  const reached = (element: HTMLElement | null) =>
    element !== null && (typeof target === "function" ? target(element) : element === target);
  if (reached(focused())) return focused()!;
  for (let press = 0; press < max; press++) {
    await userEvent.tab({ shift });
    const active = focused();
    if (reached(active)) return active!;
  }
  throw new Error(`Tab did not reach ${typeof target === "function" ? "the control" : describe(target)} in ${max} presses`);
}

/** Tab until an element with this role and accessible name (aria-label or text) has focus. */
export function tabToRole(role: string, name: string | RegExp, options?: { shift?: boolean; max?: number }) {
  const matches = (element: HTMLElement) => {
    const elementRole = element.getAttribute("role") ?? implicitRole(element);
    if (elementRole !== role) return false;
    const label = labelOf(element);
    return typeof name === "string" ? label === name : name.test(label);
  };
  return tabTo(matches, options);
}

function implicitRole(element: HTMLElement): string {
  const tag = element.tagName.toLowerCase();
  if (tag === "button" || (tag === "input" && ["button", "submit", "reset"].includes((element as HTMLInputElement).type))) return "button";
  if (tag === "a" && element.hasAttribute("href")) return "link";
  if (tag === "textarea") return "textbox";
  if (tag === "select") return "combobox";
  if (tag === "input") {
    const type = (element as HTMLInputElement).type;
    if (type === "checkbox") return "checkbox";
    if (type === "radio") return "radio";
    if (type === "search") return "searchbox";
    return "textbox";
  }
  return tag;
}

function labelOf(element: HTMLElement): string {
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? "")
      .join(" ")
      .trim();
    if (text) return text;
  }
  const ariaLabel = element.getAttribute("aria-label");
  if (ariaLabel) return ariaLabel;
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return Array.from(labels, (label) => label.textContent?.trim() ?? "").join(" ");
  return (element.textContent ?? "").replace(/\s+/g, " ").trim() || element.getAttribute("placeholder") || "";
}

/** Presses keys (user-event syntax, e.g. "{Enter}", "[Space]", "{ArrowDown}") and checks focus stayed on something. */
export async function press(keys: string, inside?: Element) {
  await userEvent.keyboard(keys);
  await expectFocusKept(inside, `after ${keys}`);
}

/** Controls a keyboard user must be able to reach with Tab (radios are left out: a group is one stop). */
const CONTROLS = [
  "button:not([disabled])",
  "a[href]",
  "input:not([type=hidden]):not([type=radio]):not([disabled])",
  "textarea:not([disabled])",
  "select:not([disabled])",
  '[role=button]:not([aria-disabled="true"])',
  '[role=checkbox]:not([aria-disabled="true"])',
  '[role=combobox]:not([aria-disabled="true"])',
  '[role=switch]:not([aria-disabled="true"])',
].join(", ");

/** The visible, enabled controls in `container` (native inputs Radix hides behind its own control are left out). */
export function controlsIn(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (element) =>
      element.getAttribute("role") !== "radio" &&
      !element.closest("[aria-hidden=true], [inert]") &&
      element.checkVisibility({ visibilityProperty: true }),
  );
}

/**
 * Tabs from the top of the page through every stop in `container`, from the first to the last and back with
 * Shift+Tab, checking that Tab never falls to the page inside it, that every visible enabled control in it
 * (`controlsIn`) is one of the stops, and that Shift+Tab visits the same stops in reverse. Returns the stops in order.
 */
export async function tabThrough(container: Element, { max = 80, allowNone = false }: { max?: number; allowNone?: boolean } = {}): Promise<HTMLElement[]> {
  // Focus scrolls controls into view (a carousel row, the page): put every scroll position back afterwards, so that
  // the story looks as drawn.
  const scrolled = [document.scrollingElement, container, ...container.querySelectorAll("*")]
    .filter((element): element is Element => element !== null)
    .map((element) => ({ element, left: element.scrollLeft, top: element.scrollTop }));
  try {
    return await walk(container, max, allowNone);
  } finally {
    for (const { element, left, top } of scrolled) {
      if (element.scrollLeft !== left || element.scrollTop !== top) element.scrollTo({ left, top, behavior: "instant" });
    }
  }
}

async function walk(container: Element, max: number, allowNone: boolean): Promise<HTMLElement[]> {
  const stops: HTMLElement[] = [];
  (focused() as HTMLElement | null)?.blur();
  for (let press = 0; press < max; press++) {
    await userEvent.tab();
    const active = focused();
    if (active && !container.contains(active) && stops.length === 0) continue; // before the container
    if (!active || !container.contains(active) || stops.includes(active)) break;
    stops.push(active);
  }
  const unreachable = controlsIn(container).filter((control) => !stops.some((stop) => stop === control || control.contains(stop)));
  await expect(unreachable.map(describe), "controls Tab does not reach").toEqual([]);
  if (stops.length === 0) {
    await expect(allowNone, "Tab reached no control of the story").toBe(true);
    return stops;
  }
  // …and back with Shift+Tab through the same stops, starting from where Tab left the container.
  for (let index = stops.length - 1; index >= 0; index--) {
    await userEvent.tab({ shift: true });
    await expect(focused(), `Shift+Tab back to ${describe(stops[index]!)}`).toBe(stops[index]);
  }
  return stops;
}
