// The built-in icon glyphs live in a chunk of their own (off the typical widget path). These tests load fresh copies
// of the modules, because the DOM setup file preloads the glyphs for every other test.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, waitFor } from "@testing-library/react";
import { ICON_GLYPHS, ICON_NAMES, ICON_SVG_PROPS } from "../../src/tokens";
import { builtinIconBucket } from "../../src/components/Icon/glyphBucket";

afterEach(cleanup);

type IconModule = typeof import("../../src/components/Icon");
type GlyphModule = typeof import("../../src/components/Icon/builtinGlyphs");
type LazyViewModule = typeof import("../../src/renderer/lazyView");

/** Fresh module instances: nothing loaded yet. */
async function fresh() {
  vi.resetModules();
  const icon: IconModule = await import("../../src/components/Icon");
  const glyphs: GlyphModule = await import("../../src/components/Icon/builtinGlyphs");
  const lazyView: LazyViewModule = await import("../../src/renderer/lazyView");
  return { ...icon, ...glyphs, ...lazyView };
}

const drawn = (svg: Element | null) =>
  svg ? [...svg.children].map((child) => [child.tagName, Object.fromEntries([...child.attributes].map((a) => [a.name, a.value]))]) : undefined;

describe("built-in icon glyphs", () => {
  it("hold the icon's box while their chunk loads, then draw the generated glyph", async () => {
    const { Icon, peekBuiltinGlyph } = await fresh();
    expect(peekBuiltinGlyph("check-circle")).toBeUndefined();
    const { container } = render(<Icon name="check-circle" size="lg" label="Done" />);
    const svg = container.querySelector("svg")!;
    expect(svg.hasAttribute("data-loading")).toBe(true);
    expect(svg.children).toHaveLength(0);
    expect(svg.getAttribute("data-size")).toBe("lg");
    expect(svg.getAttribute("aria-label")).toBe("Done");
    await waitFor(() => expect(drawn(container.querySelector("svg"))).toEqual(ICON_GLYPHS["check-circle"]));
    expect(container.querySelector("svg")!.hasAttribute("data-loading")).toBe(false);
  });

  it("draw in the svg attributes the tokens give (ICON_SVG_PROPS)", async () => {
    const { Icon, preloadIconGlyphs } = await fresh();
    await preloadIconGlyphs();
    const { container } = render(<Icon name="star" />);
    const svg = container.querySelector("svg")!;
    const attribute = (prop: string) => prop.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    for (const [prop, value] of Object.entries(ICON_SVG_PROPS)) {
      expect([prop, svg.getAttribute(prop === "viewBox" ? prop : attribute(prop))]).toEqual([prop, String(value)]);
    }
    expect(svg.hasAttribute("data-loading")).toBe(false); // loaded up front: drawn on the first render
    expect(drawn(svg)).toEqual(ICON_GLYPHS.star);
  });

  it("start loading when a validated widget draws an icon: the chunk of that icon only, and nothing otherwise", async () => {
    const cases: [string, unknown, string | null][] = [
      ["Icon", { type: "Card", children: [{ type: "Row", children: [{ type: "Icon", name: "star" }] }] }, "star"],
      ["Button.iconStart", { type: "Card", children: [{ type: "Button", label: "Go", iconStart: "plus" }] }, "plus"],
      ["Button.iconEnd", { type: "Card", children: [{ type: "Button", label: "Go", iconEnd: "plus" }] }, "plus"],
      ["status icon", { type: "Card", status: { text: "Synced", icon: "check" }, children: [] }, "check"],
      ["DatePicker", { type: "Card", children: [{ type: "DatePicker", name: "day" }] }, "calendar"],
      ["no icon", { type: "Card", status: { text: "Synced" }, children: [{ type: "Text", value: "Hi" }, { type: "Button", label: "Go" }] }, null],
    ];
    for (const [name, widget, icon] of cases) {
      const { preloadViewsOf, peekBuiltinGlyph } = await fresh();
      preloadViewsOf(widget, {});
      if (icon) {
        await waitFor(() => expect([name, peekBuiltinGlyph(icon)]).toEqual([name, ICON_GLYPHS[icon as keyof typeof ICON_GLYPHS]]));
        // Another bucket's glyph stays unloaded.
        const elsewhere = ICON_NAMES.find((other) => builtinIconBucket(other) !== builtinIconBucket(icon))!;
        expect([name, peekBuiltinGlyph(elsewhere)]).toEqual([name, undefined]);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect([name, ICON_NAMES.filter((other) => peekBuiltinGlyph(other) !== undefined)]).toEqual([name, []]);
      }
    }
  });

  it("split into chunks that together hold every built-in glyph once", async () => {
    const { ICON_GLYPH_CHUNKS } = await import("../../src/tokens/generated/iconChunks");
    const chunks = await Promise.all(ICON_GLYPH_CHUNKS.map((load) => load()));
    const names = chunks.flatMap((chunk, bucket) => Object.keys(chunk.default).map((icon) => [icon, bucket] as const));
    expect(names.map(([icon]) => icon).sort()).toEqual([...ICON_NAMES].sort());
    for (const [icon, bucket] of names) expect([icon, builtinIconBucket(icon)]).toEqual([icon, bucket]);
  });
});
