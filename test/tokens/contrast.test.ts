// WCAG 2.x AA contrast, computed from the generated token values in both themes.
//
// Thresholds (documented in tokens/README.md):
//  - every text role a widget can put on a surface — prose, primary, emphasis, secondary, tertiary and the six
//    status colours — reaches 4.5:1 (small text) on every surface token: widgets use status colours and tertiary
//    for small captions, so 3:1 (large text / icons) would let real widgets fail;
//  - control labels reach 4.5:1 on their own backgrounds, at rest and on hover, with translucent backgrounds
//    composited over each surface;
//  - the focus ring, the active option's ring and the strong border are non-text indicators: 3:1 and (border) just visible.
import { describe, expect, it } from "vitest";
import { composite, contrastRatio } from "../../src/tokens/color-math";
import { CONTROL_COLORS, CONTROL_VARIANTS, SURFACE_COLORS, TEXT_COLORS } from "../../src/tokens";
import { colorOf, THEME_NAMES } from "./token-values";

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

const SURFACE_TEXT_ROLES = TEXT_COLORS.filter((role) => role !== "inverse");

const cases = THEME_NAMES.flatMap((theme) =>
  SURFACE_TEXT_ROLES.flatMap((role) => SURFACE_COLORS.map((surface) => ({ theme, role, surface }))),
);

describe("text on surfaces", () => {
  it("checks every role except inverse", () => {
    expect(SURFACE_TEXT_ROLES).toEqual(expect.arrayContaining(["prose", "primary", "emphasis", "secondary", "tertiary", "danger", "caution"]));
    expect(cases).toHaveLength(2 * 11 * 5);
  });

  it.each(cases)("$theme: text-$role on $surface reaches 4.5:1", ({ theme, role, surface }) => {
    const ratio = contrastRatio(colorOf(`text-${role}`, theme), colorOf(surface, theme));
    expect(ratio, `${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(THEME_NAMES)("%s: inverse text reads on the ink colour", (theme) => {
    expect(contrastRatio(colorOf("text-inverse", theme), colorOf("text-primary", theme))).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

const controlCases = THEME_NAMES.flatMap((theme) =>
  CONTROL_COLORS.flatMap((color) =>
    CONTROL_VARIANTS.flatMap((variant) =>
      (["bg", "bg-hover"] as const).flatMap((state) => SURFACE_COLORS.map((surface) => ({ theme, color, variant, state, surface }))),
    ),
  ),
);

describe("control labels", () => {
  it.each(controlCases)("$theme: $color $variant label on $state over $surface reaches 4.5:1", ({ theme, color, variant, state, surface }) => {
    const prefix = `control-${color}-${variant}`;
    const background = composite(colorOf(`${prefix}-${state}`, theme), colorOf(surface, theme));
    const ratio = contrastRatio(colorOf(`${prefix}-text`, theme), background);
    expect(ratio, `${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

describe("non-text indicators", () => {
  const surfaceCases = THEME_NAMES.flatMap((theme) => SURFACE_COLORS.map((surface) => ({ theme, surface })));

  it.each(surfaceCases)("$theme: focus ring on $surface reaches 3:1", ({ theme, surface }) => {
    expect(contrastRatio(colorOf("focus-ring", theme), colorOf(surface, theme))).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it.each(surfaceCases)("$theme: the active option's ring reaches 3:1 on $surface and on its own tint", ({ theme, surface }) => {
    const ring = colorOf("highlight-border", theme);
    expect(contrastRatio(ring, colorOf(surface, theme))).toBeGreaterThanOrEqual(AA_NON_TEXT);
    expect(contrastRatio(ring, composite(colorOf("highlight-bg", theme), colorOf(surface, theme)))).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it.each(surfaceCases)("$theme: borders on $surface are ordered subtle < default < strong", ({ theme, surface }) => {
    const background = colorOf(surface, theme);
    const [subtle, normal, strong] = ["border-subtle", "border-default", "border-strong"].map((name) =>
      contrastRatio(colorOf(name, theme), background),
    );
    expect(subtle).toBeGreaterThan(1);
    expect(normal).toBeGreaterThan(subtle!);
    expect(strong).toBeGreaterThan(normal!);
  });
});
