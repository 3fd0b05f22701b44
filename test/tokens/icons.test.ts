import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ICON_GLYPHS, ICON_NAMES, ICON_SVG_PROPS, isIconName } from "../../src/tokens";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The WidgetIcon union from @openai/chatkit's own type file. */
function chatkitIconNames(): string[] {
  const types = readFileSync(path.join(root, "node_modules/@openai/chatkit/types/widgets.d.ts"), "utf8");
  const union = /export type WidgetIcon =([^;]+);/.exec(types)?.[1] ?? "";
  return [...union.matchAll(/'([a-z0-9-]+)'/g)].map((match) => match[1]!);
}

const SVG_TAGS = new Set(["path", "circle", "rect", "line", "polyline", "polygon", "ellipse"]);

describe("icons", () => {
  it("are exactly ChatKit's 63 WidgetIcon names plus clock", () => {
    const chatkit = chatkitIconNames();
    expect(chatkit).toHaveLength(63);
    expect([...ICON_NAMES].sort()).toEqual([...chatkit, "clock"].sort());
  });

  it("each have a glyph and no glyph is left without a name", () => {
    expect(Object.keys(ICON_GLYPHS).sort()).toEqual([...ICON_NAMES].sort());
  });

  it.each([...ICON_NAMES])("%s is drawn with SVG shapes inside the 24×24 box", (name) => {
    const glyph = ICON_GLYPHS[name];
    expect(glyph.length).toBeGreaterThan(0);
    for (const [tag, attributes] of glyph) {
      expect(SVG_TAGS.has(tag), `${name}: <${tag}>`).toBe(true);
      expect(Object.keys(attributes).length).toBeGreaterThan(0);
      for (const key of ["cx", "cy", "x", "y"] as const) {
        const value = attributes[key];
        if (value !== undefined) expect(Number(value), `${name} ${key}`).toBeGreaterThanOrEqual(0);
        if (value !== undefined) expect(Number(value), `${name} ${key}`).toBeLessThanOrEqual(24);
      }
      // Attribute names must work as React props too: no hyphenated SVG attribute names.
      for (const key of Object.keys(attributes)) expect(key, `${name}: attribute ${key}`).not.toContain("-");
    }
  });

  it("draws the filled variants solid and their outline siblings as strokes", () => {
    const fills = (name: keyof typeof ICON_GLYPHS) => ICON_GLYPHS[name].map(([, attributes]) => attributes.fill);
    expect(fills("star-filled")).toContain("currentColor");
    expect(fills("star")).not.toContain("currentColor");
    expect(fills("check-circle-filled")).toContain("currentColor");
    expect(fills("check-circle")).not.toContain("currentColor");
    expect(fills("dot")).toEqual(["currentColor"]);
    expect(ICON_GLYPHS["empty-circle"]).toEqual([["circle", { cx: "12", cy: "12", r: "10" }]]);
  });

  it("gives different glyphs to different names, except where ChatKit names are synonyms", () => {
    const seen = new Map<string, string>();
    for (const name of ICON_NAMES) {
      const key = JSON.stringify(ICON_GLYPHS[name]);
      expect(seen.get(key), `${name} draws the same glyph as ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it("wraps glyphs in a 24×24 currentColor stroke", () => {
    expect(ICON_SVG_PROPS).toMatchObject({ viewBox: "0 0 24 24", stroke: "currentColor", fill: "none" });
  });

  it("isIconName accepts the names only", () => {
    expect(isIconName("sparkle")).toBe(true);
    expect(isIconName("clock")).toBe(true);
    expect(isIconName("chevron-down")).toBe(false); // used by samples, in no ChatKit list
    expect(isIconName("lucide:rocket")).toBe(false);
    expect(isIconName(42)).toBe(false);
  });
});
