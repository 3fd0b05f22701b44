import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.mjs";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium (or CHROMIUM_PATH); Playwright never downloads a browser here.
const chromium = findChromium();

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          // Form-control views load lazily in the product; tests render them synchronously.
          setupFiles: ["test/setup.dom.ts"],
          include: ["test/**/*.dom.test.tsx"],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        // Pre-bundle the lazily imported libraries up front: discovering them mid-run makes Vite reload the
        // page and fail the story that was running.
        optimizeDeps: {
          include: [
            "recharts",
            "react-day-picker",
            "date-fns",
            "react-markdown",
            "radix-ui",
            "axe-core",
            "@huggingface/jinja",
            "ajv",
            "ajv/dist/2020.js",
            "storybook/test",
            "dom-accessibility-api",
          ],
        },
        test: {
          name: "storybook",
          // VISUAL=0 skips the screenshot comparison (e.g. on a machine with other fonts or another Chromium).
          // Console errors and warnings fail a story; VISUAL=0 still checks them.
          setupFiles: [".storybook/vitest.console.setup.ts", ".storybook/vitest.names.setup.ts", ...(process.env.VISUAL === "0" ? [] : [".storybook/vitest.visual.setup.ts"])],
          testTimeout: 60_000,
          // One more try for a story that failed: on a loaded 2-core machine a JS-driven chart animation or the
          // screenshot's stability window can miss by a few frames. A real change fails both tries.
          retry: 1,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: "chromium", viewport: { width: 1024, height: 768 } }],
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                // Colour is compared exactly (the default threshold of 0.1 lets a visible colour change pass). Up to
                // 12 pixels may differ: the anti-aliased corners of a clipped rounded box (an Image frame, a card in a
                // card) rasterise one step differently from run to run on a loaded machine (2–7 pixels seen), while
                // any real change of a part covers far more pixels than that.
                comparatorOptions: { threshold: 0, allowedMismatchedPixels: 12 },
                resolveScreenshotPath: ({ root, arg, ext }) => path.join(root, "test/visual/baselines", `${arg}${ext}`),
                resolveDiffPath: ({ root, arg, ext }) => path.join(root, "test/visual/__diff__", `${arg}${ext}`),
              },
            },
          },
        },
      },
    ],
  },
});
