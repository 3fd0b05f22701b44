// The production Storybook (`storybook build`, what Chromatic publishes) against the committed visual baselines:
// the stylesheet goes through Storybook's production CSS pipeline (Lightning CSS) here, unlike in the dev-server
// story tests. Stories are captured the way .storybook/vitest.visual.setup.ts captures them (same viewport, same
// frozen animations, charts drawn at once, same container), in light and then with the root switched to dark,
// and compared with test/visual/baselines/ after scaling to the baselines' size, with the tolerance stated at compare() below.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type Browser, type Page } from "./consumer-page";
import { startStaticServer, type StaticServer } from "./static-server";
import { SCRIPTS_PREFER_REDUCED_MOTION } from "../../.storybook/scriptMotion";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const baselines = path.join(root, "test/visual/baselines");
const diffs = path.join(root, "test/visual/__diff__/storybook-static");

/** Story groups checked in the production build: widget gallery, typical widgets, form controls, chat demo. */
const TITLES = ["widgets-corpus-gallery--", "widgets-typical-widgets--", "components-form-controls--", "composer-chat-demo--"];

let out = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;
let stories: { id: string; tags: string[] }[] = [];

// STORYBOOK_STATIC=<dir> checks an existing build instead of building one (it is then left in place).
const prebuilt = process.env.STORYBOOK_STATIC;

beforeAll(async () => {
  out = prebuilt ?? mkdtempSync(path.join(tmpdir(), "chat-widgets-storybook-static-"));
  if (!prebuilt) await buildStorybook(out);
  const index = JSON.parse(readFileSync(path.join(out, "index.json"), "utf8")) as {
    entries: Record<string, { id: string; type: string; tags?: string[] }>;
  };
  stories = Object.values(index.entries)
    .filter((entry) => entry.type === "story" && TITLES.some((title) => entry.id.startsWith(title)))
    .map((entry) => ({ id: entry.id, tags: entry.tags ?? [] }));
  server = await startStaticServer({ "/": out });
  browser = await openBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out && !prebuilt) rmSync(out, { recursive: true, force: true });
});

async function buildStorybook(dir: string) {
  try {
    await promisify(execFile)("npx", ["storybook", "build", "--quiet", "--output-dir", dir], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", STORYBOOK_DISABLE_TELEMETRY: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`storybook build failed:\n${stdout}\n${stderr}`.slice(0, 6000));
  }
}

/** Opens a story in the static build and waits until it has rendered and its play function has finished. */
async function openStory(page: Page, id: string) {
  await page.goto(`${server!.url}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(
    () => {
      const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender
        ?.phase;
      if (phase === "errored" || phase === "aborted") throw new Error(`story ${phase}`);
      return phase === "finished"; // rendered, played, and its afterEach (the a11y check) run
    },
    undefined,
    { timeout: 45_000, polling: 100 },
  );
}

/**
 * The capture steps of .storybook/vitest.visual.setup.ts, in the page (a string: a transpiler's name-keeping
 * helpers do not exist there).
 */
const SETTLE = `(async () => {
  if (!document.getElementById("cw-capture-style")) {
    const style = document.createElement("style");
    style.id = "cw-capture-style";
    style.textContent = ".sb-wrapper{display:none!important} *,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important;caret-color:transparent!important}";
    document.head.appendChild(style);
  }
  const root = document.querySelector('[data-testid="story-root"]');
  const container = root.parentElement || root;
  container.style.display = "inline-block";
  container.style.padding = "8px";
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  await document.fonts.ready;
  const deadline = Date.now() + 10000;
  while ([...root.querySelectorAll("img")].some((img) => !img.complete || (img.naturalWidth === 0 && img.closest(".cw-image") !== null)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  container.style.visibility = "hidden";
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  container.style.visibility = "";
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
})()`;

async function settle(page: Page) {
  await page.evaluate(SETTLE);
}

async function capture(page: Page): Promise<PNG> {
  const container = page.locator('[data-testid="story-root"]').locator("xpath=..");
  return PNG.sync.read(await container.screenshot({ animations: "disabled", caret: "hide" }));
}

/**
 * The story tests capture inside Vitest's browser runner, which shows its 1024×768 test frame scaled down to fit
 * Playwright's default 1280×720 page (about 0.8); a production Storybook page is captured at scale 1. So the
 * capture is scaled to the baseline's size (area average) before comparing, and the comparison allows for the
 * resampling: pixelmatch's perceptual threshold 0.2 (anti-aliased pixels ignored) and at most 3% of the pixels
 * differing. Resampling alone leaves 1.1–1.9% (glyph edges only; measured over these stories); lost colours
 * (a transparent card, a button without fill, a missing border, text in the wrong theme) change far more.
 */
const PIXEL_THRESHOLD = 0.2;
const MAX_DIFFERING_RATIO = 0.03;

/** Scales an image down to width × height, each target pixel the coverage-weighted mean of the source pixels. */
export function resize(source: PNG, width: number, height: number): PNG {
  const target = new PNG({ width, height });
  const sx = source.width / width;
  const sy = source.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = y * sy;
    const y1 = Math.min(source.height, (y + 1) * sy);
    for (let x = 0; x < width; x++) {
      const x0 = x * sx;
      const x1 = Math.min(source.width, (x + 1) * sx);
      const sum = [0, 0, 0, 0];
      let weight = 0;
      for (let yy = Math.floor(y0); yy < Math.ceil(y1); yy++) {
        const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
        for (let xx = Math.floor(x0); xx < Math.ceil(x1); xx++) {
          const w = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
          const i = (yy * source.width + xx) * 4;
          for (let c = 0; c < 4; c++) sum[c]! += source.data[i + c]! * w;
          weight += w;
        }
      }
      const o = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) target.data[o + c] = Math.round(sum[c]! / weight);
    }
  }
  return target;
}

/** Differing pixels against the baseline; writes the capture and a diff image on failure. */
function compare(name: string, capture: PNG): string | undefined {
  const file = `${name.replace(/-+/g, "-")}.png`;
  const expected = PNG.sync.read(readFileSync(path.join(baselines, file)));
  const scale = expected.width / capture.width;
  // The same layout at another scale: both sides scale by the same factor (±1 px of rounding).
  if (Math.abs(capture.height * scale - expected.height) > 1.5 || scale > 1) {
    return `${file}: ${capture.width}×${capture.height} does not scale to the baseline's ${expected.width}×${expected.height}`;
  }
  const actual = resize(capture, expected.width, expected.height);
  const diff = new PNG({ width: expected.width, height: expected.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: PIXEL_THRESHOLD });
  const ratio = differing / (expected.width * expected.height);
  if (ratio <= MAX_DIFFERING_RATIO) return undefined;
  mkdirSync(diffs, { recursive: true });
  writeFileSync(path.join(diffs, file.replace(/\.png$/, "-actual.png")), PNG.sync.write(actual));
  writeFileSync(path.join(diffs, file.replace(/\.png$/, "-diff.png")), PNG.sync.write(diff));
  return `${file}: ${differing} of ${expected.width * expected.height} pixels differ (${(ratio * 100).toFixed(2)}%)`;
}

describe("the production Storybook build matches the visual baselines", () => {
  it("has the checked story groups", () => {
    for (const title of TITLES) expect(stories.some((story) => story.id.startsWith(title)), title).toBe(true);
  });

  it("renders every checked story in light and dark as the baselines show", async () => {
    const page = await browser!.newPage({ viewport: { width: 1024, height: 768 } });
    // As in the story tests: charts draw their final frame at once (.storybook/scriptMotion.ts).
    await page.addInitScript(SCRIPTS_PREFER_REDUCED_MOTION);
    const failures: string[] = [];
    try {
      for (const story of stories.filter((candidate) => !candidate.tags.includes("no-visual"))) {
        await openStory(page, story.id);
        await settle(page);
        const forced = await page.locator('[data-testid="story-root"]').getAttribute("data-cw-theme");
        const first = compare(`${story.id}--${forced === "dark" ? "dark" : "light"}`, await capture(page));
        if (first) failures.push(first);
        if (forced === "dark") continue;
        await page.evaluate(() => {
          document.querySelector('[data-testid="story-root"]')!.setAttribute("data-cw-theme", "dark");
          document.documentElement.style.background = "";
        });
        await settle(page);
        const dark = compare(`${story.id}--dark`, await capture(page));
        if (dark) failures.push(dark);
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
