// Locates a Chromium/Chrome binary without downloading anything.
// Order: CHROMIUM_PATH, CHROME_PATH, the system packages, then Playwright's cache.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

function playwrightCacheCandidates() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((dir) => dir.startsWith("chromium"))
    .sort()
    .reverse()
    .flatMap((dir) => [
      path.join(root, dir, "chrome-linux", "chrome"),
      path.join(root, dir, "chrome-linux64", "chrome"),
      path.join(root, dir, "chrome-headless-shell-linux64", "chrome-headless-shell"),
    ]);
}

/** @returns {string | undefined} */
export function findChromium() {
  for (const envName of ["CHROMIUM_PATH", "CHROME_PATH"]) {
    const value = process.env[envName];
    if (value && existsSync(value)) return value;
  }
  return [...SYSTEM_CANDIDATES, ...playwrightCacheCandidates()].find((candidate) => existsSync(candidate));
}

export const INSTALL_HINT = [
  "No Chromium or Chrome was found. The story tests need one (nothing is downloaded).",
  "Install one of these, then run the tests again:",
  "  Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium",
  "  macOS:                    install Google Chrome, or `brew install --cask chromium`",
  "  any machine:              set CHROMIUM_PATH=/path/to/chrome",
].join("\n");

/** Flags every headless launch needs on a closed, containerised machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
  "--force-color-profile=srgb",
  "--hide-scrollbars",
  // Stories and consumer apps are tested offline: every host but this machine fails to resolve at once. Without
  // it, a widget's remote picture settles whenever the network gives up, which differs from machine to machine.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log(found);
}
