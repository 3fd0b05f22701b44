import React from "react";
import { renderToString } from "react-dom/server";
import MarkdownContent from "../src/components/Markdown/MarkdownContent";
const cases: Record<string, (n: number) => string> = {
  star: (n) => "*a".repeat(n),
  starUnder: (n) => "*_".repeat(n / 2) + "a",
  nestedEmph: (n) => "*".repeat(n / 2) + "a" + "*".repeat(n / 2),
  linkRef: (n) => "[a]: b\n".repeat(n / 4) + "[a]".repeat(n / 4),
  emph2: (n) => "**a".repeat(n / 2),
  bracketLink: (n) => "[a](".repeat(n),
  backtick: (n) => "`a".repeat(n),
  quote: (n) => ">".repeat(Math.min(n, 60)) + " a",
  real: (n) => "Some **bold** and _it_ with `code` and a [link](http://x.y) here.\n\n".repeat(n / 8),
};
renderToString(<MarkdownContent value={"*a".repeat(500)} />);
for (const [name, make] of Object.entries(cases)) {
  const out = [];
  for (const n of [250, 500, 1000, 2000]) {
    const text = make(n);
    const t = performance.now();
    try { renderToString(<MarkdownContent value={text} />); } catch (e) { out.push("THROW"); continue; }
    out.push(`${n}:${text.length}c:${Math.round(performance.now() - t)}ms`);
  }
  console.log(name, out.join("  "));
}
