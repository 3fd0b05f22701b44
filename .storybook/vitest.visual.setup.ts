// Runs after every story test (render + play + Storybook's a11y check in light, over the whole page):
//  1. screenshots the story in light and compares it with its committed baseline (exact colours, at most 12 pixels);
//  2. switches the story root to dark, runs axe again (the story and any open popover, menu or list portalled
//     to <body>) and screenshots the dark variant;
//  3. focuses every tabbable product part in light, dark and forced colors and requires a visible focus
//     indicator, and requires checked radios and checkboxes to stay marked under forced colors (visibleStates.ts).
// Animations are frozen for the captures: CSS ones by a style, charts' JavaScript ones by reporting reduced motion
// to scripts (scriptMotion.ts).
// Opt a story out of screenshots with the tag "no-visual" (write the reason next to it).
// Tag "focus-state": the play function leaves focus (and any popover it opened) on purpose. The harness keeps
// it, checks the focused part and the active option in light, dark and forced colors, and captures a third
// baseline under Chromium's forced-colors emulation (`<id>--forced-colors`).
import { afterEach, beforeAll, expect } from "vitest";
import { page } from "vitest/browser";
import axe from "axe-core";
import {
  activeFocusProblems,
  activeOptionProblems,
  checkedStateProblems,
  emulateForcedColors,
  focusIndicatorProblems,
  type VisibleMode,
} from "./visibleStates";
import { SCRIPTS_PREFER_REDUCED_MOTION } from "./scriptMotion";

beforeAll(() => {
  // Storybook's preparing-story spinner is injected into the test iframe too; it must never be captured.
  // Animations, transitions and the caret are frozen so that baselines are byte-stable (forced colors would force
  // the caret's colour back on: an editable element keeps its author colours there, for the capture only).
  const style = document.createElement("style");
  style.textContent = `.sb-wrapper{display:none!important}
*,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important;caret-color:transparent!important}
@media (forced-colors:active){[contenteditable]:not([contenteditable="false"]){forced-color-adjust:none!important;color:CanvasText!important;caret-color:transparent!important}}`;
  document.head.appendChild(style);
  // Charts animate in JavaScript, out of reach of the style above: they draw their final frame at once (see
  // scriptMotion.ts).
  const script = document.createElement("script");
  script.textContent = SCRIPTS_PREFER_REDUCED_MOTION;
  document.head.appendChild(script);
});

interface StoryContextLike {
  id: string;
  tags: string[];
  parameters?: { a11y?: { test?: string; config?: { rules?: { id: string; enabled: boolean }[] } } };
}

async function axeViolations(story: StoryContextLike) {
  const rules = Object.fromEntries(
    (story.parameters?.a11y?.config?.rules ?? []).map((rule) => [rule.id, { enabled: rule.enabled }]),
  );
  // The whole page as Storybook's own check sees it, so popovers portalled to <body> are included.
  const context = { include: [document.body], exclude: [[".sb-wrapper"], ["#storybook-docs"], ["#storybook-highlights-root"]] };
  const result = await axe.run(context as axe.ElementContext, { rules, resultTypes: ["violations"] });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * Waits until every picture in the story is final: loaded, or failed and (inside an Image frame) replaced by the
 * empty frame once React has handled the error. Polls rather than listening for events, because a failure can
 * come before this runs and React's update after it; at most 10 s, then it fails naming the pictures
 * (remote hosts fail to resolve at once in the test browser, so only a stalled local request can take that long).
 */
async function imagesSettled(root: HTMLElement) {
  const unsettled = (img: HTMLImageElement) => !img.complete || (img.naturalWidth === 0 && img.closest(".cw-image") !== null);
  const deadline = Date.now() + 10_000;
  while ([...root.querySelectorAll("img")].some(unsettled)) {
    if (Date.now() > deadline) {
      // A capture now would race the picture's settling; say which one instead of failing on pixels.
      const pending = [...root.querySelectorAll("img")].filter(unsettled).map((img) => img.currentSrc || img.src);
      throw new Error(`pictures did not settle within 10 s: ${pending.join(", ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Hides and shows the story so that it is painted whole before the capture. Otherwise what the play function
 * changed last (a picture that failed, a closed popover) is repainted on its own over the older paint, and that
 * partial repaint can round the anti-aliased edges around it one step differently from run to run.
 */
async function repaintedFromScratch(container: HTMLElement) {
  container.style.visibility = "hidden";
  await nextFrame();
  await nextFrame();
  container.style.visibility = "";
  await nextFrame();
  await nextFrame();
}

/**
 * Chart lines still being drawn: recharts draws a line in by growing its stroke-dasharray ("<drawn>px <rest>px")
 * and drops it at the end. A capture must see every chart at its final frame (scriptMotion.ts).
 */
function linesBeingDrawn(root: HTMLElement): string[] {
  return [...root.querySelectorAll("path.recharts-line-curve")]
    .map((curve) => curve.getAttribute("stroke-dasharray") ?? "")
    .filter((dashes) => /^\S+px (?!0px$)\S+px$/.test(dashes));
}

/** Fails with every problem found in `mode` (empty list: nothing to report). */
function expectNoProblems(problems: string[], what: string) {
  expect(problems, what).toEqual([]);
}

/** Problems of what a "focus-state" story left focused and highlighted, in `mode`. */
function keptStateProblems(mode: VisibleMode): string[] {
  if (document.activeElement === document.body || !document.activeElement) return [`nothing is focused (${mode})`];
  return [...activeFocusProblems(mode), ...activeOptionProblems(mode)];
}

afterEach(async (ctx) => {
  const story = (ctx as unknown as { story?: StoryContextLike }).story;
  if (!story) return;
  if (ctx.task.result?.state === "fail") return; // keep the play failure as the one reported
  const root = document.querySelector<HTMLElement>('[data-testid="story-root"]');
  if (!root) throw new Error(`story root not found for ${story.id}`);
  const container = root.parentElement ?? root;
  container.style.display = "inline-block";
  container.style.padding = "8px";
  const keepState = story.tags.includes("focus-state");
  // Focus rings left by play() would otherwise vary between runs (unless the story shows focus on purpose).
  const kept = keepState ? (document.activeElement as HTMLElement | null) : null;
  if (!keepState) (document.activeElement as HTMLElement | null)?.blur?.();
  await document.fonts.ready;
  await imagesSettled(root);
  await repaintedFromScratch(container);
  // Hiding the story for the repaint can take focus from a part inside it: give it back (and let React redraw
  // what its focus handlers changed).
  const restoreFocus = async () => {
    if (!kept || kept === document.body || document.activeElement === kept) return;
    kept.focus({ preventScroll: true });
    await nextFrame();
    await nextFrame();
  };
  await restoreFocus();

  const visual = !story.tags.includes("no-visual");
  const forcedTheme = root.getAttribute("data-cw-theme");
  const firstTheme: VisibleMode = forcedTheme === "dark" ? "dark" : "light";
  if (keepState) expectNoProblems(keptStateProblems(firstTheme), `focus and active option in ${firstTheme} (${story.id})`);
  if (visual) {
    expect(linesBeingDrawn(root), `chart lines still being drawn at the capture of ${story.id}`).toEqual([]);
    await expect.element(page.elementLocator(container)).toMatchScreenshot(`${story.id}--${forcedTheme ?? "light"}`);
  }
  if (forcedTheme !== "dark") {
    root.setAttribute("data-cw-theme", "dark");
    document.documentElement.style.background = "";
    if (story.parameters?.a11y?.test !== "off") {
      const violations = await axeViolations(story);
      expect(violations, `axe violations in the dark theme of ${story.id}`).toEqual([]);
    }
    if (keepState) expectNoProblems(keptStateProblems("dark"), `focus and active option in dark (${story.id})`);
    if (visual) {
      await repaintedFromScratch(container);
      await restoreFocus();
      await expect.element(page.elementLocator(container)).toMatchScreenshot(`${story.id}--dark`);
    }
  }

  await emulateForcedColors(true);
  try {
    expectNoProblems(checkedStateProblems(root), `checked states under forced colors (${story.id})`);
    if (keepState) {
      expectNoProblems(keptStateProblems("forced-colors"), `focus and active option under forced colors (${story.id})`);
      if (visual) {
        await repaintedFromScratch(container);
        await restoreFocus();
        await expect.element(page.elementLocator(container)).toMatchScreenshot(`${story.id}--forced-colors`);
      }
      return;
    }
    expectNoProblems(await focusIndicatorProblems(root, "forced-colors"), `focus indicators under forced colors (${story.id})`);
  } finally {
    await emulateForcedColors(false);
  }
  // Every tabbable part, in the theme the story root shows now (dark) and in light.
  expectNoProblems(await focusIndicatorProblems(root, "dark"), `focus indicators in dark (${story.id})`);
  if (forcedTheme !== "dark") {
    root.setAttribute("data-cw-theme", "light");
    expectNoProblems(await focusIndicatorProblems(root, "light"), `focus indicators in light (${story.id})`);
  }
});
