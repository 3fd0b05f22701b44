// Development hints (actions, icons, images, the console fallback for errors) are guarded inline so that a
// production build drops their code, not only their calls; a development build keeps them.
import path from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
// What a widget app imports (as bench/run.ts measures it), and Image on its own.
const ENTRY = `
import { WidgetRenderer } from "./src/renderer";
import { Image } from "./src/components/Image/Image";
export { WidgetRenderer, Image };
`;
const HINTS = [
  "arguments was read",
  "usually needs to know which item",
  "is used with handler",
  "no icon named",
  "image source blocked",
  "[chat-widgets] ",
  "approve", // a word of the item-verb list
];

async function bundle(mode: "production" | "development"): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    external: ["react", "react-dom", "react/jsx-runtime"],
    loader: { ".css": "empty" },
    define: { "process.env.NODE_ENV": JSON.stringify(mode) },
    jsx: "automatic",
    logLevel: "silent",
    splitting: false,
  });
  return result.outputFiles.map((file) => file.text).join("\n");
}

describe("development hints", () => {
  it("are dropped from a production build and kept in a development build", async () => {
    const [production, development] = await Promise.all([bundle("production"), bundle("development")]);
    for (const hint of HINTS) {
      expect(development, hint).toContain(hint);
      expect(production, hint).not.toContain(hint);
    }
  }, 30_000);
});
