// Bundle sizes as a consumer's bundler would produce them: esbuild, minified, React external, code splitting
// on so lazy chunks (dynamic imports) are reported apart from what loads eagerly.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

/** What showing one widget loads: every output file that ran, in the order they ran, and their sum. */
export interface WidgetPathRow {
  name: string;
  bundler: "esbuild" | "vite";
  /** Each file that ran: size min+gz and raw, and whether the entry reaches it statically (else it loaded on demand). */
  files: { file: string; gzip: number; raw: number; eager: boolean }[];
  gzip: number;
  raw: number;
  /** The same files gzipped as one: what the split into files costs is `gzip - concatGzip`. */
  concatGzip: number;
  /** Output files built but not loaded by this widget (min+gz, summed). */
  notLoadedGzip: number;
  /** The page's text after the widget was shown (to check that it was). */
  text: string;
}

/** Marks every output file: run, it adds its URL to `globalThis.__cwLoaded` (removed again before measuring). */
const BANNER = "globalThis.__cwLoaded?.add(import.meta.url);";

/**
 * The files a page loads to show a widget, measured by running them: `source` (an entry that renders the widget
 * into `document.body`) is bundled with `bundler` (esbuild with code splitting, or Vite's production build, both
 * minified, React external), then run in jsdom in a child process until no further file loads; every file that
 * ran counts, whether the entry imports it or the renderer loads it on demand (lazy views, icon glyphs, the
 * validator's walker). Sizes are those of the files without the marker banner.
 */
export async function measureWidgetPath(name: string, source: string, root: string, bundler: "esbuild" | "vite"): Promise<WidgetPathRow> {
  const slug = `${name.replace(/\W+/g, "-")}-${bundler}`;
  // Inside the project, so the bundle's `react` imports resolve from its node_modules when it runs.
  const outdir = path.join(root, "node_modules", ".cache", "chat-widgets-bench", slug);
  const entry = path.join(root, `.bench-entry-${slug}.tsx`);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  writeFileSync(entry, source);
  const external = EXTERNAL;
  let entryFile: string;
  const eager = new Set<string>();
  try {
    if (bundler === "esbuild") {
      const result = await esbuild.build({
        entryPoints: [entry], bundle: true, splitting: true, format: "esm", minify: true, treeShaking: true, metafile: true,
        outdir, external, loader: { ".css": "empty" }, define: { "process.env.NODE_ENV": '"production"' }, jsx: "automatic",
        logLevel: "error", platform: "browser", target: "es2022", banner: { js: BANNER },
      });
      const outputs = result.metafile.outputs;
      const entryOut = Object.keys(outputs).find((file) => outputs[file]!.entryPoint && path.resolve(outputs[file]!.entryPoint!) === entry)!;
      const visit = (file: string) => {
        if (eager.has(path.resolve(file))) return;
        eager.add(path.resolve(file));
        for (const imported of outputs[file]!.imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
      };
      visit(entryOut);
      entryFile = path.resolve(entryOut);
    } else {
      const { build } = await import("vite");
      const output = await build({
        root, configFile: false, logLevel: "error", mode: "production",
        build: {
          outDir: outdir, emptyOutDir: true, minify: true, modulePreload: false, copyPublicDir: false,
          rollupOptions: { input: entry, external, output: { banner: BANNER } },
        },
      });
      const chunks = (Array.isArray(output) ? output[0]! : (output as { output: unknown[] })).output as { type: string; fileName: string; isEntry?: boolean; imports?: string[] }[];
      const byName = new Map(chunks.filter((chunk) => chunk.type === "chunk").map((chunk) => [chunk.fileName, chunk]));
      const first = [...byName.values()].find((chunk) => chunk.isEntry)!;
      const visit = (fileName: string) => {
        const file = path.join(outdir, fileName);
        if (eager.has(file) || !byName.has(fileName)) return;
        eager.add(file);
        for (const imported of byName.get(fileName)!.imports ?? []) visit(imported);
      };
      visit(first.fileName);
      entryFile = path.join(outdir, first.fileName);
    }
    const child = execFileSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), "loadedFiles.mjs"), entryFile], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const { loaded, text, errors } = JSON.parse(child) as { loaded: string[]; text: string; errors: string[] };
    if (errors.length > 0) throw new Error(`${name} (${bundler}) failed in jsdom: ${errors[0]}`);
    const strip = (file: string) => {
      const code = readFileSync(file, "utf8");
      return code.startsWith(BANNER) ? code.slice(BANNER.length).replace(/^\n/, "") : code;
    };
    const loadedFiles = loaded.map((url) => fileURLToPath(url));
    const files = loadedFiles.map((file) => {
      const code = strip(file);
      return { file: path.relative(outdir, file), gzip: gzipSync(code).length, raw: Buffer.byteLength(code), eager: eager.has(file) };
    });
    const all = listJs(outdir);
    const notLoaded = all.filter((file) => !loadedFiles.includes(file));
    return {
      name,
      bundler,
      files,
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      concatGzip: gzipSync(loadedFiles.map(strip).join("\n")).length,
      notLoadedGzip: notLoaded.reduce((sum, file) => sum + gzipSync(strip(file)).length, 0),
      text,
    };
  } finally {
    rmSync(entry, { force: true });
    rmSync(outdir, { recursive: true, force: true });
  }
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
