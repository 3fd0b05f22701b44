// The built-in icon glyphs live in a chunk of their own (off the typical widget path). These tests load fresh copies
// of the modules, because the DOM setup file preloads the glyphs for every other test.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, waitFor } from "@testing-library/react";
import { ICON_GLYPHS, ICON_SVG_PROPS } from "../../src/tokens";

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
    const { Icon, peekBuiltinGlyphs } = await fresh();
    expect(peekBuiltinGlyphs()).toBeUndefined();
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

  it("start loading when a validated widget draws an icon, and not otherwise", async () => {
    const cases: [string, unknown, boolean][] = [
      ["Icon", { type: "Card", children: [{ type: "Row", children: [{ type: "Icon", name: "star" }] }] }, true],
      ["Button.iconStart", { type: "Card", children: [{ type: "Button", label: "Go", iconStart: "plus" }] }, true],
      ["Button.iconEnd", { type: "Card", children: [{ type: "Button", label: "Go", iconEnd: "plus" }] }, true],
      ["status icon", { type: "Card", status: { text: "Synced", icon: "check" }, children: [] }, true],
      ["DatePicker", { type: "Card", children: [{ type: "DatePicker", name: "day" }] }, true],
      ["no icon", { type: "Card", status: { text: "Synced" }, children: [{ type: "Text", value: "Hi" }, { type: "Button", label: "Go" }] }, false],
    ];
    for (const [name, widget, expected] of cases) {
      const { preloadViewsOf, peekBuiltinGlyphs } = await fresh();
      preloadViewsOf(widget, {});
      if (expected) {
        await waitFor(() => expect([name, peekBuiltinGlyphs() !== undefined]).toEqual([name, true]));
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect([name, peekBuiltinGlyphs()]).toEqual([name, undefined]);
      }
    }
  });
});
