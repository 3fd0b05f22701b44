// Reading a rendered widget's colours in headless Chromium and the design tokens they must equal.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/find-chromium.mjs";
import { TOKENS } from "../../src/tokens";

export type { Browser, Page };

export async function openBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium found (set CHROMIUM_PATH)");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The theme each case of test/package/apps/shared/cases.tsx must show. */
const CASE_THEMES: Record<string, "light" | "dark"> = { light: "light", dark: "dark", nested: "light", inherit: "dark", server: "dark" };

/** What is compared: the card's surface and border, the primary button's fill and label. */
const PARTS = {
  surface: "surface-elevated",
  border: "border-default",
  button: "control-primary-solid-bg",
  buttonText: "control-primary-solid-text",
} as const;

type Colors = Record<string, Record<keyof typeof PARTS, string>>;

/** Computed colours of the card and button in each case section (`#<case>`). */
export async function renderedColors(page: Page, cases: string[]): Promise<Colors> {
  return page.evaluate((ids) => {
    const out: Record<string, Record<string, string>> = {};
    for (const id of ids) {
      const surface = document.querySelector(`#${id} .cw-card__surface`);
      const button = document.querySelector(`#${id} .cw-button`);
      if (!surface || !button) throw new Error(`#${id} has no card or button`);
      out[id] = {
        surface: getComputedStyle(surface).backgroundColor,
        border: getComputedStyle(surface).borderTopColor,
        button: getComputedStyle(button).backgroundColor,
        buttonText: getComputedStyle(button).color,
      };
    }
    return out as Colors;
  }, cases);
}

/** The token values (tokens/ → TOKENS) for each case's theme, in the browser's computed form. */
export async function expectedColors(page: Page, cases: string[]): Promise<Colors> {
  const value = (name: string, theme: "light" | "dark") => {
    const token = TOKENS.find((candidate) => candidate.name === name);
    if (!token) throw new Error(`no token ${name}`);
    return token[theme];
  };
  const wanted = Object.fromEntries(
    cases.map((id) => [id, Object.fromEntries(Object.entries(PARTS).map(([part, name]) => [part, value(name, CASE_THEMES[id]!)]))]),
  );
  // No named helpers inside evaluate(): a transpiler's name-keeping wrapper does not exist in the page.
  return page.evaluate((css) => {
    const probe = document.createElement("div");
    document.body.append(probe);
    const out: Record<string, Record<string, string>> = {};
    for (const [id, parts] of Object.entries(css)) {
      out[id] = {};
      for (const [part, color] of Object.entries(parts)) {
        probe.style.backgroundColor = "";
        probe.style.backgroundColor = color;
        if (!probe.style.backgroundColor) throw new Error(`not a CSS colour: ${color}`);
        out[id][part] = getComputedStyle(probe).backgroundColor;
      }
    }
    probe.remove();
    return out as Colors;
  }, wanted);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** JavaScript and CSS a built app ships, raw and gzip (level 9), in bytes. */
export function measureApp(dir: string, include: (file: string) => boolean) {
  const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const file of walk(dir).filter(include)) {
    const kind = file.endsWith(".js") ? "js" : file.endsWith(".css") ? "css" : undefined;
    if (!kind) continue;
    const bytes = readFileSync(file);
    sizes[kind] += bytes.length;
    sizes[`${kind}Gzip`] += gzipSync(bytes, { level: 9 }).length;
  }
  return sizes;
}
