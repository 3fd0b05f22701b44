// Bundle sizes as a consumer's bundler would produce them: esbuild, minified, React external, code splitting
// on so lazy chunks (dynamic imports) are reported apart from what loads eagerly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

export interface SizeRow {
  name: string;
  eagerGzip: number;
  eagerRaw: number;
  lazyChunks: { file: string; gzip: number; inputs: string[]; largest: string[] }[];
}

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "react-dom/server"];

export async function measureBundle(name: string, source: string, root: string): Promise<SizeRow> {
  const outdir = mkdtempSync(path.join(tmpdir(), "cw-size-"));
  const entry = path.join(root, `.bench-entry-${name.replace(/\W+/g, "-")}.tsx`);
  writeFileSync(entry, source);
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: "esm",
      minify: true,
      treeShaking: true,
      metafile: true,
      outdir,
      external: EXTERNAL,
      loader: { ".css": "empty" },
      define: { "process.env.NODE_ENV": '"production"' },
      jsx: "automatic",
      logLevel: "error",
      platform: "browser",
      target: "es2022",
    });
    const outputs = result.metafile.outputs;
    const gz = (file: string) => gzipSync(readFileSync(file)).length;
    // Chunks reached through import() carry an entryPoint too; the eager entry is the one built from `entry`.
    const entryOut = Object.keys(outputs).find((file) => outputs[file]!.entryPoint && path.resolve(outputs[file]!.entryPoint!) === entry)!;
    // Eager = the entry and everything it imports statically; the rest is only reached through import().
    const eager = new Set<string>();
    const visit = (file: string) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const imported of outputs[file]!.imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    };
    visit(entryOut);
    const lazy = Object.keys(outputs).filter((file) => file.endsWith(".js") && !eager.has(file));
    return {
      name,
      eagerGzip: [...eager].reduce((sum, file) => sum + gz(file), 0),
      eagerRaw: [...eager].reduce((sum, file) => sum + outputs[file]!.bytes, 0),
      lazyChunks: lazy.map((file) => ({
        file: path.basename(file),
        gzip: gz(file),
        inputs: Object.keys(outputs[file]!.inputs)
          .filter((input) => !input.includes("node_modules"))
          .map((input) => path.relative(root, input)),
        largest: largestSources(outputs[file]!.inputs, root),
      })),
    };
  } finally {
    rmSync(entry, { force: true });
    rmSync(outdir, { recursive: true, force: true });
  }
}

// What a chunk is made of, by size: a package name for dependencies, a source path for our modules.
function largestSources(inputs: Record<string, { bytesInOutput: number }>, root: string): string[] {
  const bySource = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const source = pkg ?? path.relative(root, input);
    bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
  }
  return [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([source]) => source);
}

export function gzipOfFile(file: string) {
  return gzipSync(readFileSync(file)).length;
}
