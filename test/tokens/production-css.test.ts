// The shipped stylesheet through the pipelines consumers put it through: Lightning CSS (Vite 8's default CSS
// minifier, Next.js, `storybook build`) for the supported browsers and for those tools' default, older targets,
// esbuild (Vite's `build.cssMinify: "esbuild"`) and PostCSS + cssnano. Every custom property must come out with
// the same meaning: a pipeline that lowers a value (as Lightning CSS does with light-dark()) into something else
// loses the widgets' colours in production. The browser-level check is test/package/production.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import browserslist from "browserslist";
import cssnano from "cssnano";
import * as esbuild from "esbuild";
import { browserslistToTargets, transform, type Targets } from "lightningcss";
import postcss from "postcss";
import { beforeAll, describe, expect, it } from "vitest";
import { buildStylesheet } from "../../scripts/build-css";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { browserslist: string[] };

// The defaults of the tools consumers build with (Vite 8 `build.cssTarget` "baseline-widely-available";
// Next.js 16's default browserslist): older than ours, so they lower what those browsers lack.
const VITE_DEFAULT_TARGET = ["chrome111", "edge111", "firefox114", "safari16.4", "ios16.4"];
const NEXT_DEFAULT_BROWSERSLIST = ["chrome 111", "edge 111", "firefox 111", "safari 16.4"];

let source = "";
beforeAll(async () => {
  source = await buildStylesheet();
}, 60_000);

function lightning(css: string, targets?: Targets): string {
  return transform({ filename: "styles.css", code: Buffer.from(css), minify: true, targets }).code.toString();
}

/** Vite's esbuild-style target names (chrome111, safari16.4) → Lightning CSS targets. */
function esbuildTargetsToLightning(list: string[]): Targets {
  const query = list.map((target) => {
    const [, browser, version] = /^([a-z]+)([\d.]+)$/.exec(target)!;
    return `${browser === "ios" ? "ios_saf" : browser} ${version}`;
  });
  return browserslistToTargets(browserslist(query));
}

/**
 * One custom property value in a canonical form: minified by Lightning CSS with no lowering, then the spellings
 * minifiers choose differently made equal (space around operators, `transparent` / `#0000`, `0.5` / `.5`).
 * Two values that differ beyond that mean different things (or one is invalid, like `#fff#0d0d0d`).
 */
function canonical(value: string): string {
  const out = lightning(`a{--x:${value}}`);
  const minified = /--x:(.*)\}/s.exec(out)?.[1]?.trim() ?? out;
  return minified
    .replace(/\s*([*/(),+])\s*/g, "$1")
    .replace(/\btransparent\b/g, "#0000")
    .replace(/(^|[^\d.])0\.(\d)/g, "$1.$2");
}

/** Every custom property declaration: property → canonical values, in order. */
function customProperties(css: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  postcss.parse(css).walkDecls((decl) => {
    if (!decl.prop.startsWith("--")) return;
    found.set(decl.prop, [...(found.get(decl.prop) ?? []), canonical(decl.value)]);
  });
  for (const values of found.values()) values.sort();
  return found;
}

const pipelines: [string, () => Promise<string> | string][] = [
  ["Lightning CSS for package.json browserslist", () => lightning(source, browserslistToTargets(browserslist(pkg.browserslist)))],
  ["Lightning CSS for Vite 8's default build target", () => lightning(source, esbuildTargetsToLightning(VITE_DEFAULT_TARGET))],
  ["Lightning CSS for Next.js 16's default browserslist", () => lightning(source, browserslistToTargets(browserslist(NEXT_DEFAULT_BROWSERSLIST)))],
  [
    "esbuild (Vite build.cssMinify: \"esbuild\")",
    async () => (await esbuild.transform(source, { loader: "css", minify: true, target: VITE_DEFAULT_TARGET })).code,
  ],
  ["PostCSS + cssnano (default preset)", async () => (await postcss([cssnano()]).process(source, { from: undefined })).css],
];

describe("the shipped stylesheet in production pipelines", () => {
  it("has custom properties and no light-dark() for a pipeline to lower", () => {
    const properties = customProperties(source);
    expect(properties.size).toBeGreaterThan(400);
    expect(properties.get("--cw-gray-0")).toEqual(["#0d0d0d", "#fff"]);
    expect(source).not.toMatch(/light-dark\(/);
  });

  it("is supported as written by the stated browsers (Lightning CSS lowers nothing in a custom property)", () => {
    expect(browserslist(pkg.browserslist).length).toBeGreaterThan(0);
    const lowered = lightning(source, browserslistToTargets(browserslist(pkg.browserslist)));
    expect(lowered).not.toMatch(/--lightningcss-|light-dark\(/);
  });

  it.each(pipelines)("keeps every custom property's value through %s", async (_name, run) => {
    const before = customProperties(source);
    const after = customProperties(await run());
    // Lightning CSS pairs each color-scheme with its own --lightningcss-light/-dark switches; harmless while no
    // value reads them (a lowered light-dark() would, and would show up as a changed value below).
    for (const helper of ["--lightningcss-light", "--lightningcss-dark"]) after.delete(helper);
    expect([...after.keys()].filter((property) => !before.has(property))).toEqual([]);
    const changed = [...before].filter(([property, values]) => JSON.stringify(after.get(property)) !== JSON.stringify(values));
    expect(changed.map(([property, values]) => `${property}: ${values.join(" | ")} → ${after.get(property)?.join(" | ")}`)).toEqual([]);
  }, 60_000);
});
