// `npm test`: type-check, generated-file freshness, unit + DOM tests, and every story in headless Chromium
// (play functions, a11y, console errors and warnings, visual baselines in light and dark). It also tests what
// ships: the stylesheet through production CSS pipelines (test/tokens/production-css.test.ts), the static
// production Storybook against the baselines (test/production/), and Vite and Next.js apps built from the packed
// tarball (test/package/; their dependencies come from the npm registry, cached). Exit code is non-zero on any
// failure.
import { spawnSync } from "node:child_process";
import { findChromium, INSTALL_HINT } from "./find-chromium.mjs";

const args = process.argv.slice(2);
const updateVisual = args.includes("--update-visual");
const passthrough = args.filter((arg) => arg !== "--update-visual");

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

function step(title, command, commandArgs, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

const total = Date.now();
step("Type-check", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
step("Vitest: unit, dom and stories in Chromium", "npx", [
  "vitest",
  "run",
  // "=all" so that a following file filter is not taken as the update mode.
  ...(updateVisual ? ["--update=all"] : []),
  ...passthrough,
], { CHROMIUM_PATH: chromium });
console.log(`\nAll checks passed in ${((Date.now() - total) / 1000).toFixed(0)}s.`);
