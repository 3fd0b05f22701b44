// What `import … from "chat-widgets"` holds, and that one name from it pulls in only that name's modules
// (no top-level side effects). Sizes themselves are reported by `npm run bench`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The modules that contribute code to a production bundle of `source` (React external). What loads through
 * `import()` (the renderer's lazy views, icon glyphs) is left out: it is not loaded with the import, and bundling it
 * would make esbuild wrap the modules it shares in lazy initialisers.
 */
async function modulesOf(source: string): Promise<string[]> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: ROOT, loader: "tsx" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    metafile: true,
    outdir: "out",
    external: ["react", "react-dom", "react/jsx-runtime", "react-dom/client"],
    plugins: [
      {
        name: "dynamic-imports-external",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined));
        },
      },
    ],
    loader: { ".css": "empty" },
    define: { "process.env.NODE_ENV": '"production"' },
    jsx: "automatic",
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input),
  );
  return [...new Set(inputs)].filter((input) => !input.startsWith("<stdin>")).sort();
}

describe("the package root", () => {
  it("holds the renderer, actions, schema, tokens and the light primitives; not the Radix controls, composer or protocol", () => {
    for (const name of ["WidgetRenderer", "ThemeProvider", "preloadBuiltinViews", "preloadIconGlyphs", "parseWidget", "ActionProvider", "Card", "Button", "Icon", "Markdown", "Chart", "ICON_NAMES"]) {
      expect([name, name in root]).toEqual([name, true]);
    }
    for (const name of ["Select", "DatePicker", "Checkbox", "RadioGroup", "ChatThread", "Composer", "createChatKitClient"]) {
      expect([name, name in root]).toEqual([name, false]);
    }
  });

  it("is tree-shakable (\"sideEffects\": CSS only): one name from the root bundles the same modules as from its own subpath", async () => {
    for (const [name, subpath] of [
      ["Badge", "./src/components/Badge"],
      ["parseWidget", "./src/schema"],
      ["WidgetRenderer", "./src/renderer"],
    ] as const) {
      const fromRoot = await modulesOf(`import { ${name} } from "./src/index"; console.log(${name});`);
      const fromSubpath = await modulesOf(`import { ${name} } from "${subpath}"; console.log(${name});`);
      expect([name, fromRoot]).toEqual([name, fromSubpath]);
    }
  }, 60_000);
});
