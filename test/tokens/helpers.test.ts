import { describe, expect, it } from "vitest";
import {
  accentForeground,
  colorVar,
  contrastRatio,
  controlVar,
  isColorToken,
  PALETTE_COLORS,
  parseHex,
  radiusVar,
  spacingVar,
  TOKENS,
} from "../../src/tokens";

describe("colorVar", () => {
  it.each([
    ["prose", "var(--cw-text-prose)"],
    ["secondary", "var(--cw-text-secondary)"],
    ["tertiary", "var(--cw-text-tertiary)"],
    ["surface", "var(--cw-surface)"],
    ["surface-elevated-secondary", "var(--cw-surface-elevated-secondary)"],
    ["subtle", "var(--cw-border-subtle)"],
    ["default", "var(--cw-border-default)"],
    ["gray-900", "var(--cw-gray-900)"],
    ["blue-a50", "var(--cw-blue-a50)"],
    ["alpha-70", "var(--cw-alpha-70)"],
    ["alpha-05", "var(--cw-alpha-5)"],
    ["white", "var(--cw-white)"],
    ["purple", "var(--cw-purple)"],
  ])("%s → %s", (name, expected) => {
    expect(colorVar(name)).toBe(expected);
  });

  it.each(["#FF7B00", "rebeccapurple", "gray-901", "blue-a60", "text-prose", "", "var(--x)", "surface-quaternary"])(
    "%s is not a token",
    (value) => {
      expect(colorVar(value)).toBeUndefined();
      expect(isColorToken(value)).toBe(false);
    },
  );

  it("names a declared variable for every palette colour", () => {
    const declared = new Set(TOKENS.map((token) => token.cssVar));
    for (const name of PALETTE_COLORS) expect(declared.has(colorVar(name)!.slice(4, -1)), name).toBe(true);
  });
});

describe("other helpers", () => {
  it("radiusVar maps tokens, passes 100% and rejects the rest", () => {
    expect(radiusVar("md")).toBe("var(--cw-radius-md)");
    expect(radiusVar("full")).toBe("var(--cw-radius-full)");
    expect(radiusVar("100%")).toBe("100%");
    expect(radiusVar("huge")).toBeUndefined();
  });

  it("spacingVar multiplies the unit", () => {
    expect(spacingVar(4)).toBe("calc(var(--cw-spacing) * 4)");
    expect(spacingVar(1.5)).toBe("calc(var(--cw-spacing) * 1.5)");
  });

  it("controlVar names the control colour variable", () => {
    expect(controlVar("danger", "soft", "bg-hover")).toBe("var(--cw-control-danger-soft-bg-hover)");
  });

  it("computes WCAG contrast", () => {
    expect(contrastRatio(parseHex("#000")!, parseHex("#fff")!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex("#777")!, parseHex("#fff")!)).toBeCloseTo(4.48, 2);
    // Translucent foregrounds are composited over the background first.
    expect(contrastRatio(parseHex("#00000000")!, parseHex("#fff")!)).toBeCloseTo(1, 5);
  });

  it("accentForeground picks the label colour that reads on the accent", () => {
    expect(accentForeground("#0f172a")).toBe("#ffffff");
    expect(accentForeground("#0169cc")).toBe("#ffffff");
    expect(accentForeground("#ffc300")).toBe("#0d0d0d");
    expect(accentForeground("#f0f0f0")).toBe("#0d0d0d");
    expect(accentForeground("tomato")).toBeUndefined();
  });
});
