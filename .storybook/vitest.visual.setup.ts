// Runs after every story test (render + play + Storybook's a11y check in light):
//  1. screenshots the story in light and compares it with its committed baseline (zero tolerance);
//  2. switches the story root to dark, runs axe again and screenshots the dark variant.
// Opt a story out of screenshots with the tag "no-visual" (write the reason next to it).
// A story taller than the 1024×768 test viewport is captured whole: the viewport grows in height to fit it for
// its captures and is restored afterwards, so stories that fit are captured exactly as before.
import { afterEach, beforeAll, expect } from "vitest";
import { page } from "vitest/browser";
import axe from "axe-core";

beforeAll(() => {
  // Storybook's preparing-story spinner is injected into the test iframe too; it must never be captured.
  // Animations, transitions and the caret are frozen so that baselines are byte-stable.
  const style = document.createElement("style");
  style.textContent = `.sb-wrapper{display:none!important}
*,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important;caret-color:transparent!important}`;
  document.head.appendChild(style);
});

interface StoryContextLike {
  id: string;
  tags: string[];
  parameters?: { a11y?: { test?: string; config?: { rules?: { id: string; enabled: boolean }[] } } };
}

async function axeViolations(root: HTMLElement, story: StoryContextLike) {
  const rules = Object.fromEntries(
    (story.parameters?.a11y?.config?.rules ?? []).map((rule) => [rule.id, { enabled: rule.enabled }]),
  );
  const result = await axe.run(root, { rules, resultTypes: ["violations"] });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * Waits until every picture in the story is final: loaded, or failed and (inside an Image frame) replaced by the
 * empty frame once React has handled the error. Polls rather than listening for events, because a failure can
 * come before this runs and React's update after it; at most 10 s (a starved network process is slow to fail).
 */
async function imagesSettled(root: HTMLElement) {
  const unsettled = (img: HTMLImageElement) => !img.complete || (img.naturalWidth === 0 && img.closest(".cw-image") !== null);
  const deadline = Date.now() + 10_000;
  while ([...root.querySelectorAll("img")].some(unsettled) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Grows the test viewport's height so that all of `container` is inside it (the story frame clips an element
 * screenshot to the viewport). The width stays, so the layout does not change. Returns the size to restore, or
 * null when the story fits. The height is capped at 4096 px.
 */
async function viewportFitting(container: HTMLElement): Promise<{ width: number; height: number } | null> {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const needed = Math.ceil(container.getBoundingClientRect().bottom + window.scrollY);
  if (needed <= height) return null;
  await page.viewport(width, Math.min(needed + 8, 4096));
  await nextFrame();
  await nextFrame();
  return { width, height };
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

afterEach(async (ctx) => {
  const story = (ctx as unknown as { story?: StoryContextLike }).story;
  if (!story) return;
  if (ctx.task.result?.state === "fail") return; // keep the play failure as the one reported
  const root = document.querySelector<HTMLElement>('[data-testid="story-root"]');
  if (!root) throw new Error(`story root not found for ${story.id}`);
  const container = root.parentElement ?? root;
  container.style.display = "inline-block";
  container.style.padding = "8px";
  // Focus rings left by play() would otherwise vary between runs.
  (document.activeElement as HTMLElement | null)?.blur?.();
  await document.fonts.ready;
  await imagesSettled(root);
  await repaintedFromScratch(container);

  const visual = !story.tags.includes("no-visual");
  const restore = visual ? await viewportFitting(container) : null;
  try {
    await captureAndCheckDark(container, root, story, visual);
  } finally {
    if (restore) await page.viewport(restore.width, restore.height);
  }
});

/** The light (or forced-theme) capture, then axe and the capture in dark. */
async function captureAndCheckDark(container: HTMLElement, root: HTMLElement, story: StoryContextLike, visual: boolean) {
  const forcedTheme = root.getAttribute("data-cw-theme");
  if (visual) {
    await expect.element(page.elementLocator(container)).toMatchScreenshot(`${story.id}--${forcedTheme ?? "light"}`);
  }
  if (forcedTheme === "dark") return; // the story is dark already: checked and captured above

  root.setAttribute("data-cw-theme", "dark");
  document.documentElement.style.background = "";
  if (story.parameters?.a11y?.test !== "off") {
    const violations = await axeViolations(root, story);
    expect(violations, `axe violations in the dark theme of ${story.id}`).toEqual([]);
  }
  if (visual) {
    await repaintedFromScratch(container);
    await expect.element(page.elementLocator(container)).toMatchScreenshot(`${story.id}--dark`);
  }
}
