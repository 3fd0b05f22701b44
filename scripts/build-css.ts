/**
 * The one prebuilt stylesheet (dist/styles.css): tokens first, then the shared base (renderer, composer), then each
 * component; cascade layers keep consumers' classes winning. Bundled and minified with esbuild, no lowering: the
 * supported browsers (package.json "browserslist") read it as written.
 *
 *   buildStylesheet()   → the minified CSS text (the production-CSS test runs consumers' pipelines over it)
 */
import { readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function cssRank(file: string) {
  if (file.includes(`${path.sep}tokens${path.sep}`)) return 0;
  if (!file.includes(`${path.sep}components${path.sep}`)) return 1;
  return 2;
}

/** Every stylesheet under src/ in cascade order (not the opt-in fonts stylesheet, which ships on its own). */
export function stylesheetSources(): string[] {
  const fonts = path.join(root, "src", "fonts");
  return walk(path.join(root, "src"))
    .filter((file) => file.endsWith(".css") && !file.startsWith(fonts + path.sep))
    .sort((a, b) => cssRank(a) - cssRank(b) || a.localeCompare(b));
}

/** Bundles and minifies every stylesheet under src/ into one CSS text. */
export async function buildStylesheet(): Promise<string> {
  const entry = path.join(tmpdir(), `chat-widgets-styles-${process.pid}-${Date.now()}.css`);
  writeFileSync(entry, ["@layer cw.base, cw.components;", ...stylesheetSources().map((file) => `@import ${JSON.stringify(file)};`)].join("\n"));
  try {
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, logLevel: "warning" });
    return result.outputFiles[0]!.text;
  } finally {
    rmSync(entry, { force: true });
  }
}
