import { describe, expect, it } from "vitest";
import {
  aspectRatio,
  backgroundStyle,
  blockStyle,
  borderStyle,
  boxStyle,
  color,
  flex,
  radius,
  safeCss,
  size,
  spacing,
  spacingStyle,
} from "../../src/styling/resolve";

describe("safeCss", () => {
  it.each(["12px", "100%", "calc(100% - 8px)", "linear-gradient(90deg, #fff 0%, rgb(0 0 0 / 50%) 100%)", "auto"])(
    "keeps %s",
    (value) => expect(safeCss(value)).toBe(value),
  );

  it.each([
    "url(https://evil.example/x.png)",
    "URL (x)",
    "linear-gradient(red, blue), url(x)",
    "expression(alert(1))",
    "javascript:alert(1)",
    "red; background: blue",
    "red}body{color:red",
    "\\75 rl(x)",
    "image-set(x 1x)",
    "calc(1px",
    "'quoted'",
    "",
    "   ",
  ])("refuses %j", (value) => expect(safeCss(value)).toBeUndefined());

  it("ignores non-strings", () => {
    expect(safeCss(undefined)).toBeUndefined();
    expect(safeCss(null)).toBeUndefined();
    expect(safeCss(3 as unknown as string)).toBeUndefined();
  });
});

describe("lengths", () => {
  it("multiplies spacing numbers by the spacing unit, fractions included", () => {
    expect(spacing(4)).toBe("calc(var(--cw-spacing) * 4)");
    expect(spacing(1.1)).toBe("calc(var(--cw-spacing) * 1.1)");
    expect(spacing(0)).toBe("0");
    expect(spacing("40px")).toBe("40px");
    expect(spacing(Number.NaN)).toBeUndefined();
    expect(spacing("url(x)")).toBeUndefined();
  });

  it("treats size numbers as pixels", () => {
    expect(size(44)).toBe("44px");
    expect(size(0.5)).toBe("0.5px");
    expect(size("100%")).toBe("100%");
    expect(size(null)).toBeUndefined();
  });

  it("expands Spacing objects; specific sides win over x/y", () => {
    expect(spacingStyle({ x: 4, y: 2 }, "padding")).toEqual({
      paddingTop: "calc(var(--cw-spacing) * 2)",
      paddingRight: "calc(var(--cw-spacing) * 4)",
      paddingBottom: "calc(var(--cw-spacing) * 2)",
      paddingLeft: "calc(var(--cw-spacing) * 4)",
    });
    expect(spacingStyle({ y: 2, top: 0 }, "margin")).toEqual({
      marginTop: "0",
      marginBottom: "calc(var(--cw-spacing) * 2)",
    });
    expect(spacingStyle(3, "padding")).toEqual({ padding: "calc(var(--cw-spacing) * 3)" });
    expect(spacingStyle("8px 12px", "padding")).toEqual({ padding: "8px 12px" });
    expect(spacingStyle(undefined, "padding")).toEqual({});
  });

  // Size names are not CSS lengths and ChatKit defines no spacing scale for them: the default applies.
  const NOT_LENGTHS = ["3xs", "2xs", "xs", "sm", "md", "lg", "xl", "2xl", "3xl", "small", "large", "12 px", "px", "calc(md)", "var(md)", "1px md"];

  it.each(NOT_LENGTHS)("never writes %j into a style (spacing, size, Spacing objects, blocks, boxes)", (token) => {
    expect(spacing(token)).toBeUndefined();
    expect(size(token)).toBeUndefined();
    expect(spacingStyle(token, "padding")).toEqual({});
    expect(spacingStyle({ x: token, top: token }, "margin")).toEqual({});
    const everyLength = {
      gap: token,
      padding: { x: token, y: token },
      margin: token,
      width: token,
      height: token,
      size: token,
      minWidth: token,
      minHeight: token,
      minSize: token,
      maxWidth: token,
      maxHeight: token,
      maxSize: token,
    };
    expect(blockStyle(everyLength)).toEqual({});
    expect(boxStyle(everyLength)).toEqual({});
  });

  it("reads numeric strings in the prop's unit and keeps CSS lengths, keywords only for sizes", () => {
    expect(spacing("3")).toBe("calc(var(--cw-spacing) * 3)");
    expect(spacing("0")).toBe("0");
    expect(size("120")).toBe("120px");
    expect(spacing("1.5rem")).toBe("1.5rem");
    expect(spacing("calc(100% - 8px)")).toBe("calc(100% - 8px)");
    expect(spacing("var(--gutter)")).toBe("var(--gutter)");
    expect(spacing("8px 12px")).toBeUndefined(); // one length; the shorthand only for padding/margin
    expect(size("fit-content")).toBe("fit-content");
    expect(size("auto")).toBe("auto");
    expect(spacing("auto")).toBeUndefined();
    expect(size("50dvh")).toBe("50dvh");
  });
});

describe("color", () => {
  it("maps token names onto variables", () => {
    expect(color("secondary")).toBe("var(--cw-text-secondary)");
    expect(color("surface-elevated", "background")).toBe("var(--cw-surface-elevated)");
    expect(color("gray-900")).toBe("var(--cw-gray-900)");
    expect(color("blue-a50")).toBe("var(--cw-blue-a50)");
    expect(color("alpha-70")).toBe("var(--cw-alpha-70)");
    expect(color("blue")).toBe("var(--cw-blue)");
    expect(color("white")).toBe("var(--cw-white)");
  });

  it("reads default/subtle/strong as border colours only in a border", () => {
    expect(color("subtle", "border")).toBe("var(--cw-border-subtle)");
    expect(color("strong", "border")).toBe("var(--cw-border-strong)");
    expect(color("secondary", "border")).toBe("var(--cw-text-secondary)");
  });

  it("passes CSS colours through after validation", () => {
    expect(color("#FF7B00")).toBe("#FF7B00");
    expect(color("rgb(10 20 30 / 50%)")).toBe("rgb(10 20 30 / 50%)");
    expect(color("oklch(0.7 0.1 200)")).toBe("oklch(0.7 0.1 200)");
    expect(color("rebeccapurple")).toBe("rebeccapurple");
    expect(color("#12")).toBeUndefined();
    expect(color("rgb(0,0,0);x:y")).toBeUndefined();
  });

  it("turns { light, dark } into light-dark()", () => {
    expect(color({ light: "gray-900", dark: "#fff" })).toBe("light-dark(var(--cw-gray-900), #fff)");
    expect(color({ light: "url(x)", dark: "#fff" })).toBe("#fff");
  });

  it("allows gradients only as backgrounds", () => {
    expect(color("linear-gradient(red, blue)")).toBeUndefined();
    expect(backgroundStyle("linear-gradient(135deg, #06b6d4, blue-500)")).toEqual({
      background: "linear-gradient(135deg, #06b6d4, var(--cw-blue-500))",
    });
    expect(backgroundStyle("radial-gradient(circle, red, url(x))")).toEqual({});
  });
});

describe("borders", () => {
  it("reads numbers as px with the default border colour", () => {
    expect(borderStyle(1)).toEqual({ border: "1px solid var(--cw-border-default)" });
  });

  it("reads Border objects with colour token and style", () => {
    expect(borderStyle({ size: 2, color: "subtle", style: "dashed" })).toEqual({
      border: "2px dashed var(--cw-border-subtle)",
    });
    expect(borderStyle({ size: 1, color: { light: "red-500", dark: "red-300" } })).toEqual({
      border: "1px solid light-dark(var(--cw-red-500), var(--cw-red-300))",
    });
    expect(borderStyle({ size: 1, style: "wavy" })).toEqual({ border: "1px solid var(--cw-border-default)" });
  });

  it("reads per-side Borders with x/y", () => {
    expect(borderStyle({ y: 1, left: { size: 3, color: "blue-500" } })).toEqual({
      borderTop: "1px solid var(--cw-border-default)",
      borderBottom: "1px solid var(--cw-border-default)",
      borderLeft: "3px solid var(--cw-blue-500)",
    });
  });
});

describe("radius, aspect ratio, flex", () => {
  it("maps radius names", () => {
    expect(radius("md")).toBe("var(--cw-radius-md)");
    expect(radius("full")).toBe("var(--cw-radius-full)");
    expect(radius("none")).toBe("var(--cw-radius-none)");
    expect(radius("100%")).toBe("100%");
    expect(radius("huge")).toBeUndefined();
  });

  it("reads aspect ratios and flex", () => {
    expect(aspectRatio(16 / 9)).toBe("1.7778");
    expect(aspectRatio("16/9")).toBe("16/9");
    expect(aspectRatio("16/9; x")).toBeUndefined();
    expect(flex(1)).toBe("1 1 0%");
    expect(flex("auto")).toBe("auto");
    expect(flex("1 0 120px")).toBe("1 0 120px");
    expect(flex("1 url(x)")).toBeUndefined();
  });
});

describe("blockStyle and boxStyle", () => {
  it("lets size set both axes and the specific props win", () => {
    expect(blockStyle({ size: 44, width: "100%", maxSize: 100, radius: "full" })).toEqual({
      width: "100%",
      height: "44px",
      maxWidth: "100px",
      maxHeight: "100px",
      borderRadius: "var(--cw-radius-full)",
    });
  });

  it("combines gap, padding, margin, border and background", () => {
    expect(
      boxStyle({ gap: 2, padding: { x: 4 }, margin: 1, border: 1, background: "surface-secondary", flex: 1 }),
    ).toEqual({
      flex: "1 1 0%",
      margin: "calc(var(--cw-spacing) * 1)",
      gap: "calc(var(--cw-spacing) * 2)",
      paddingRight: "calc(var(--cw-spacing) * 4)",
      paddingLeft: "calc(var(--cw-spacing) * 4)",
      border: "1px solid var(--cw-border-default)",
      background: "var(--cw-surface-secondary)",
    });
  });

  it("drops unsafe values and keeps the rest", () => {
    expect(boxStyle({ gap: "url(x)", width: 10 })).toEqual({ width: "10px" });
  });
});
