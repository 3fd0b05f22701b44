// Checks, in the story harness (vitest.visual.setup.ts), that focus and "active option" states can be seen:
//  - every focusable product part shows a focus indicator that meets WCAG 2.2 Focus Appearance: a solid
//    outline at least 2px wide, at 3:1 against what it is drawn over (light and dark), and still there under
//    forced colors (an outline survives forced colors; a box-shadow is dropped);
//  - the keyboard-highlighted option or menu item (focused, or named by aria-activedescendant) stands out
//    from its list at 3:1 (its outline or its background), and keeps an outline under forced colors.
// Colours are read from computed styles, so these checks see what the stylesheet really draws.
import { cdp, userEvent } from "vitest/browser";
import { composite, contrastRatio, type Rgba } from "../src/tokens/color-math";

export type VisibleMode = "light" | "dark" | "forced-colors";

const NON_TEXT = 3;
const MIN_WIDTH = 2;

/** Turns Chromium's forced-colors emulation on or off for the test page (CDP Emulation.setEmulatedMedia). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: active ? "active" : "" }] });
  if (matchMedia("(forced-colors: active)").matches !== active) throw new Error(`forced-colors emulation did not turn ${active ? "on" : "off"}`);
}

let canvasContext: CanvasRenderingContext2D | null = null;
/** Any computed CSS colour (rgb(), color(srgb …), color-mix results, system colours) as sRGB 0–255 + alpha. */
function toRgba(css: string): Rgba {
  canvasContext ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  const context = canvasContext!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = "#000000";
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

/** The colour an element's box paints over: its own and its ancestors' backgrounds composited, page last. */
function effectiveBackground(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = node.parentElement) {
    const color = toRgba(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  let result: Rgba = matchMedia("(forced-colors: active)").matches ? toRgba("Canvas") : { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) result = composite(layer, result);
  return result;
}

interface Outline {
  style: string;
  width: number;
  color: string;
  offset: number;
}

function outlineOf(element: Element): Outline {
  const style = getComputedStyle(element);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0, color: style.outlineColor, offset: parseFloat(style.outlineOffset) || 0 };
}

const visibleOutline = (outline: Outline) => outline.style !== "none" && outline.style !== "hidden" && outline.width >= MIN_WIDTH && toRgba(outline.color).a > 0;

/** Contrast of an outline against what it is drawn over (outside the box: the parent; inside: the element). */
function outlineContrast(element: Element, outline: Outline): number {
  const color = toRgba(outline.color);
  const backdrops: Element[] = [];
  if (outline.offset + outline.width > 0) backdrops.push(element.parentElement ?? element);
  if (outline.offset < 0) backdrops.push(element);
  return Math.min(...backdrops.map((backdrop) => contrastRatio(composite(color, effectiveBackground(backdrop)), effectiveBackground(backdrop))));
}

const describe = (element: Element) => {
  const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 30) ?? "";
  const classes = [...element.classList].filter((name) => name.startsWith("cw-")).join(".");
  return `<${element.tagName.toLowerCase()}${classes ? ` .${classes}` : ""}${element.getAttribute("role") ? ` role=${element.getAttribute("role")}` : ""}> "${name}"`;
};

/**
 * The focus indicator of the focused `element`: the element itself, or the nearest ancestor (below `stop`)
 * whose outline appeared with the focus (the composer draws its message field's ring round itself).
 * Returns a problem, or null when the indicator is fine in `mode`.
 */
function focusProblem(element: HTMLElement, before: Map<Element, Outline>, mode: VisibleMode, stop: Element): string | null {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
    const outline = outlineOf(node);
    const earlier = before.get(node);
    const appeared = visibleOutline(outline) && (!earlier || !visibleOutline(earlier) || earlier.color !== outline.color);
    if (!appeared) continue;
    if (mode === "forced-colors") return null;
    const ratio = outlineContrast(node, outline);
    if (ratio < NON_TEXT) return `${describe(element)}: focus outline at ${ratio.toFixed(2)}:1, under 3:1 (${mode})`;
    return null;
  }
  const own = outlineOf(element);
  return `${describe(element)}: no focus outline of at least ${MIN_WIDTH}px (${mode}; its outline: ${own.style} ${own.width}px ${own.color})`;
}

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable="true"], [contenteditable=""]';

/** Tabbable product parts (a `cw-` class on the element or an ancestor inside the story), visible and enabled. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled || element.closest("[inert]")) return false;
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
      if ([...node.classList].some((name) => name.startsWith("cw-"))) return true;
    }
    return false;
  });
}

/** Outlines of the element and its ancestors up to `stop`, before focus. */
function outlinesOf(element: Element, stop: Element): Map<Element, Outline> {
  const outlines = new Map<Element, Outline>();
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) outlines.set(node, outlineOf(node));
  return outlines;
}

/**
 * Focuses every tabbable product part of the story in turn (after a key press, so that script focus counts as
 * keyboard focus and matches :focus-visible) and returns the parts whose focus cannot be seen in `mode`.
 * Leaves nothing focused.
 */
export async function focusIndicatorProblems(root: HTMLElement, mode: VisibleMode): Promise<string[]> {
  const problems: string[] = [];
  (document.activeElement as HTMLElement | null)?.blur?.();
  await userEvent.keyboard("{Shift}");
  const stop = root.parentElement ?? root;
  for (const element of tabbables(root)) {
    const before = outlinesOf(element, stop);
    element.focus({ preventScroll: true });
    // React applies what a focus handler changed (the composer's ring) in a microtask.
    await new Promise<void>(queueMicrotask);
    await new Promise<void>(queueMicrotask);
    if (document.activeElement !== element) {
      // A roving group hands focus on to its current item: that item is checked as a stop of its own.
      (document.activeElement as HTMLElement | null)?.blur?.();
      continue;
    }
    if (!element.matches(":focus-visible")) {
      problems.push(`${describe(element)}: script focus after a key press does not match :focus-visible`);
    } else {
      const problem = focusProblem(element, before, mode, stop);
      if (problem) problems.push(problem);
    }
    element.blur();
  }
  return problems;
}

/** The focused element's indicator (for stories that leave focus on a part on purpose). */
export function activeFocusProblems(mode: VisibleMode): string[] {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return [];
  // An option or menu item is checked as the active option instead.
  if (/^(option|menuitem|menuitemradio|menuitemcheckbox)$/.test(active.getAttribute("role") ?? "")) return [];
  if (!active.matches(":focus-visible")) return [`${describe(active)}: focused but not :focus-visible`];
  // Compare with the element unfocused: an indicator must be something focus adds.
  const problem = focusProblem(active, new Map(), mode, document.body);
  return problem ? [problem] : [];
}

/** The list (listbox or menu) around an option. */
const listOf = (option: Element) => option.closest('[role="listbox"], [role="menu"], [role="grid"]') ?? option.parentElement;

/**
 * Every active option in the document: the focused option/menu item and any element named by an
 * `aria-activedescendant`. Each must stand out from its list at 3:1 — by an outline drawn over it, or by its
 * own background — and keep a visible outline or a system-coloured fill under forced colors.
 */
export function activeOptionProblems(mode: VisibleMode): string[] {
  const options = new Set<Element>();
  const active = document.activeElement;
  if (active && /^(option|menuitem|menuitemradio|menuitemcheckbox)$/.test(active.getAttribute("role") ?? "")) options.add(active);
  for (const owner of document.querySelectorAll("[aria-activedescendant]")) {
    const id = owner.getAttribute("aria-activedescendant");
    const option = id ? document.getElementById(id) : null;
    if (option) options.add(option);
  }
  const problems: string[] = [];
  for (const option of options) {
    const list = listOf(option);
    const outline = outlineOf(option);
    if (mode === "forced-colors") {
      const filled = getComputedStyle(option).forcedColorAdjust === "none" && toRgba(getComputedStyle(option).backgroundColor).a > 0;
      if (!visibleOutline(outline) && !filled) problems.push(`${describe(option)}: active option has no outline or system fill (${mode})`);
      continue;
    }
    const listBackground = effectiveBackground(list);
    const own = effectiveBackground(option);
    const fillRatio = contrastRatio(own, listBackground);
    const outlineRatio = visibleOutline(outline) ? Math.min(contrastRatio(composite(toRgba(outline.color), own), listBackground), contrastRatio(composite(toRgba(outline.color), own), own)) : 0;
    const best = Math.max(fillRatio, outlineRatio);
    if (best < NON_TEXT) problems.push(`${describe(option)}: active option at ${best.toFixed(2)}:1 against its list, under 3:1 (${mode})`);
  }
  return problems;
}

/** Visible boxes of an element and its descendants (display:none and zero-sized parts left out). */
const paintedParts = (element: Element) =>
  [element, ...element.querySelectorAll("*")].filter((part) => {
    const box = part.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(part).visibility !== "hidden";
  });

/**
 * Under forced colors, every checked radio and checked (or mixed) checkbox in `root` must draw a mark that an
 * unchecked one does not: its own fill at 3:1 against what surrounds it, or a part inside it (dot, tick) whose
 * fill, or SVG stroke or fill, is at 3:1 against its box.
 */
export function checkedStateProblems(root: HTMLElement): string[] {
  const problems: string[] = [];
  const checked = root.querySelectorAll('[role="radio"][aria-checked="true"], [role="checkbox"][aria-checked="true"], [role="checkbox"][aria-checked="mixed"]');
  for (const control of checked) {
    if (!paintedParts(control).length) continue;
    const box = effectiveBackground(control);
    const around = effectiveBackground(control.parentElement);
    if (contrastRatio(box, around) >= NON_TEXT) continue;
    const marked = paintedParts(control).some((part) => {
      if (part === control) return false;
      const style = getComputedStyle(part);
      const colors = [style.backgroundColor];
      if (part instanceof SVGElement) colors.push(style.stroke === "none" ? "transparent" : style.stroke, style.fill === "none" ? "transparent" : style.fill);
      return colors.some((css) => {
        const color = toRgba(css);
        return color.a > 0 && contrastRatio(composite(color, box), box) >= NON_TEXT;
      });
    });
    if (!marked) problems.push(`${describe(control)}: checked but drawn like an unchecked one under forced colors`);
  }
  return problems;
}
