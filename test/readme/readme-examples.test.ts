// Every TypeScript code block in README.md compiles as written, in a consumer project as strict as a fresh one
// (`strict`, `noUnusedParameters`, `noUnusedLocals`, bundler resolution, React JSX). `chat-widgets/*` resolves to
// the sources through path mapping built from package.json "exports" (the one list of entry points), so no build
// is needed. A block whose first line is a file-name comment (`// app/page.tsx`) is written to that path, so that
// blocks can import one another like the files of an app; the others become `block-<n>.tsx`.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface CodeBlock {
  /** Fence language: ts or tsx. */
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the Markdown file. */
  line: number;
  /** Path the block is written to in the consumer project. */
  file: string;
}

/** The ```ts / ```tsx blocks of a Markdown text (other languages are not TypeScript and are skipped). */
export function typeScriptBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const lang = match[1]!.toLowerCase();
    if (!["ts", "tsx", "typescript"].includes(lang)) continue;
    const code = match[2]!;
    const line = markdown.slice(0, match.index).split("\n").length;
    const named = /^\/\/\s*([\w./-]+\.tsx?)\s*(?:[—–-].*)?$/m.exec(code.split("\n")[0] ?? "");
    blocks.push({ lang, code, line, file: named?.[1] ?? `block-${line}.tsx` });
  }
  return blocks;
}

/** `chat-widgets/<subpath>` → its source module, from package.json "exports". */
function pathsFromExports(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string | { import?: string }>;
  };
  const paths: Record<string, string[]> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === "string" ? target : target.import;
    if (!file?.endsWith(".js")) continue;
    const specifier = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    // ./dist/x/index.js → src/x/index (TypeScript tries .ts and .tsx).
    paths[specifier] = [path.join(root, file.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ""))];
  }
  return paths;
}

/** Type-checks the blocks as the files of one consumer project; returns the diagnostics of the blocks only. */
export function checkBlocks(blocks: readonly CodeBlock[], dir: string): string[] {
  const files = blocks.map((block) => {
    const file = path.join(dir, block.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, block.code);
    return file;
  });
  // What a bundler's client types (vite/client, next-env.d.ts) declare for stylesheet imports.
  const ambient = path.join(dir, "bundler-env.d.ts");
  writeFileSync(ambient, 'declare module "*.css";\n');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    moduleDetection: ts.ModuleDetectionKind.Force,
    strict: true,
    noUnusedParameters: true,
    noUnusedLocals: true,
    noEmit: true,
    skipLibCheck: true,
    // A fresh project has Node's types installed (Vite, Next and server templates all do).
    types: ["node"],
    typeRoots: [path.join(root, "node_modules/@types")],
    paths: pathsFromExports(),
  };
  const host = ts.createCompilerHost(options);
  // Packages the blocks import (react, …) resolve from this repository's node_modules, as if installed.
  const resolveFrom = path.join(root, "index.ts");
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions) =>
    literals.map((literal) => {
      const own = ts.resolveModuleName(literal.text, containingFile, compilerOptions, host, undefined, redirected);
      if (own.resolvedModule || !containingFile.startsWith(dir)) return own;
      return ts.resolveModuleName(literal.text, resolveFrom, compilerOptions, host, undefined, redirected);
    });
  const program = ts.createProgram({ rootNames: [...files, ambient], options, host });
  // Only the blocks are checked (the checker visits the package's types as far as the blocks use them), which
  // keeps this fast; the package's own sources are type-checked by the project's tsc run.
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(file)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    }),
  ]
    .map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      if (!diagnostic.file || diagnostic.start === undefined) return message;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const block = blocks[files.indexOf(diagnostic.file.fileName)];
      return `README.md:${(block?.line ?? 0) + 1 + line} (${block?.file}): ${message}`;
    });
}

let dir = "";
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("README.md code blocks", () => {
  const blocks = typeScriptBlocks(readFileSync(path.join(root, "README.md"), "utf8"));
  // Faults a consumer's compiler reports, checked in the same program: the check must catch each of them.
  const broken: CodeBlock[] = [
    { lang: "tsx", line: 1, file: "self-check/undefined-name.tsx", code: 'export const x = client.send("a");\n' },
    { lang: "ts", line: 10, file: "self-check/unused-parameter.ts", code: "export const f = (a: number, b: number) => a;\n" },
    {
      lang: "tsx",
      line: 20,
      file: "self-check/wrong-prop.tsx",
      code: 'import { WidgetRenderer } from "chat-widgets";\nexport const e = <WidgetRenderer widget={{}} item={{ id: 1 }} />;\n',
    },
  ];
  let errors: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "chat-widgets-readme-"));
    errors = checkBlocks([...blocks, ...broken], dir);
  }, 300_000); // ≈ 15 s of CPU (the checker reads the package's types); the margin is for a loaded machine

  it("has the examples a first-time user copies", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(blocks.map((block) => block.file)).size).toBe(blocks.length);
  });

  it("type-check as written in a strict consumer project", () => {
    expect(errors.filter((error) => !error.includes("(self-check/"))).toEqual([]);
  });

  it("the check catches what a consumer's compiler catches", () => {
    const about = (file: string, text: string) => errors.some((error) => error.includes(`(self-check/${file})`) && error.includes(text));
    expect(about("undefined-name.tsx", "Cannot find name 'client'")).toBe(true);
    expect(about("unused-parameter.ts", "'b' is declared but its value is never read")).toBe(true);
    expect(about("wrong-prop.tsx", "Type 'number' is not assignable to type 'string'")).toBe(true);
  });
});
