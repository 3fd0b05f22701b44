// Under prefers-reduced-motion: reduce, nothing of chat-widgets may move: spinners, transitions, enter animations.
// Every rule in the stylesheet sources that animates or transitions must style an element the reduced-motion rule
// reaches (a `cw-` element or one inside it, and their ::before/::after), and that rule must stop both kinds of motion.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import postcss, { type AtRule, type Node, type Rule } from "postcss";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../src");
const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".css") && !file.startsWith("fonts") && !file.includes("generated"))
  .map((file) => ({ file, css: postcss.parse(readFileSync(path.join(root, file), "utf8")) }));

const MOVES = /^(animation|animation-name|transition|transition-property)$/;
const inReducedMotion = (rule: Rule) => {
  for (let parent: Node | undefined = rule.parent as Node | undefined; parent; parent = parent.parent as Node | undefined)
    if (parent.type === "atrule" && /prefers-reduced-motion:\s*reduce/.test((parent as AtRule).params)) return true;
  return false;
};

describe("prefers-reduced-motion: reduce", () => {
  it("one rule stops every animation and transition on every cw- element and its ::before/::after", () => {
    const found: Record<string, string> = {};
    for (const { css } of sources)
      css.walkRules((rule) => {
        if (!inReducedMotion(rule)) return;
        const selectors = rule.selectors.map((selector) => selector.replace(/\s+/g, ""));
        if (!['[class*="cw-"]', '[class*="cw-"]::before', '[class*="cw-"]::after', '[class*="cw-"]*', '[class*="cw-"]*::before', '[class*="cw-"]*::after'].every((wanted) => selectors.includes(wanted))) return;
        rule.walkDecls((decl) => {
          found[decl.prop] = `${decl.value}${decl.important ? " !important" : ""}`;
        });
      });
    expect(found).toEqual({
      "animation-duration": "0s !important",
      "animation-delay": "0s !important",
      "animation-iteration-count": "1 !important",
      "transition-duration": "0s !important",
      "transition-delay": "0s !important",
    });
  });

  it("every rule that moves something styles a cw- element or what it holds (so the rule above reaches it)", () => {
    const unreached: string[] = [];
    let moving = 0;
    for (const { file, css } of sources)
      css.walkDecls(MOVES, (decl) => {
        if (decl.value.trim() === "none" || decl.parent?.type !== "rule") return;
        const rule = decl.parent as Rule;
        if (inReducedMotion(rule)) return;
        moving += 1;
        // A selector naming a cw- class lands on that element or one inside it; nested rules (&) inherit theirs.
        for (const selector of rule.selectors) if (!/\.cw-[\w-]+|&/.test(selector)) unreached.push(`${file}: ${selector}`);
      });
    expect(moving).toBeGreaterThan(5); // the sources were read
    expect(unreached).toEqual([]);
  });
});
