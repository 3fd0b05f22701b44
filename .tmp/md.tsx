import React from "react";
import { renderToString } from "react-dom/server";
import MarkdownContent from "../src/components/Markdown/MarkdownContent";
const cases: Record<string, (n: number) => string> = {
  star: (n) => "*a".repeat(n),
  under: (n) => "_a".repeat(n),
  bracket: (n) => "[".repeat(n) + "a",
  bracketLink: (n) => "[a](".repeat(n),
  backtick: (n) => "`a".repeat(n),
  quote: (n) => ">".repeat(n) + " a",
  list: (n) => Array.from({ length: n }, (_, i) => "  ".repeat(i) + "- a").join("\n"),
  lt: (n) => "<a".repeat(n),
  starUnder: (n) => "*_".repeat(n) + "a",
  bang: (n) => "![".repeat(n),
  linkRef: (n) => "[a]: b\n".repeat(n) + "[a]".repeat(n),
  emph2: (n) => "**a".repeat(n),
  nestedEmph: (n) => "*".repeat(n) + "a" + "*".repeat(n),
  plain: (n) => "word ".repeat(n),
};
for (const [name, make] of Object.entries(cases)) {
  for (const chars of [5000, 20000]) {
    const src = make(1).length;
    const text = make(Math.ceil(chars / src)).slice(0, chars * 4);
    const t = performance.now();
    try { renderToString(<MarkdownContent value={text} />); } catch (e) { console.log(name, "THROW", (e as Error).message); }
    console.log(name, text.length, Math.round(performance.now() - t), "ms");
  }
}
