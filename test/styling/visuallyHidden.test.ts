// Visually hidden text (live regions, status text, speakers) is styled by one utility class in the stylesheet the
// package ships, not by a copy of the same rule per component.
import { describe, expect, it } from "vitest";
import { buildStylesheet } from "../../scripts/build-css";
import { VISUALLY_HIDDEN_CLASS } from "../../src/styling/utilities";

describe("visually hidden utility in styles.css", () => {
  it("is one rule, and the only rule that clips an element to nothing", async () => {
    const css = await buildStylesheet();
    const rules = css.match(/[^{}]*\{[^{}]*clip-path:\s*inset\(50%\)[^{}]*\}/g) ?? [];
    expect(rules.map((rule) => rule.slice(0, rule.indexOf("{")).trim())).toEqual([`.${VISUALLY_HIDDEN_CLASS}`]);
    for (const declaration of ["position:absolute", "width:1px", "height:1px", "overflow:hidden", "white-space:nowrap"]) {
      expect(rules[0]!.replace(/\s/g, "")).toContain(declaration);
    }
  });
});
