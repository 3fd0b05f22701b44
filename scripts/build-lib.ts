// `npm run build`: the npm package in dist/.
//  - JavaScript: ESM, one output module per source module (so consumers tree-shake and lazy parts stay lazy),
//    dependencies external, "use client" on every module that runs React hooks.
//  - Types: .d.ts from tsc next to each module.
//  - CSS: one prebuilt dist/styles.css (tokens + every component), minified; JavaScript never imports CSS.
// The entry points are read from package.json "exports", the single list of what the package offers.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { buildStylesheet, stylesheetSources } from "./build-css";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

type ExportTarget = string | { types?: string; import?: string; default?: string };

/** `./dist/renderer/index.js` → `src/renderer/index.ts(x)` */
function sourceFor(distFile: string): string {
  const stem = distFile.replace(/^\.\/dist\//, "src/").replace(/\.js$/, "");
  for (const ext of [".ts", ".tsx"]) {
    if (existsSync(path.join(root, stem + ext))) return stem + ext;
  }
  throw new Error(`package.json exports ${distFile}, but neither ${stem}.ts nor ${stem}.tsx exists`);
}

const entries: Record<string, string> = {};
for (const target of Object.values(pkg.exports as Record<string, ExportTarget>)) {
  const pattern = typeof target === "string" ? target : (target.import ?? target.default);
  if (!pattern || !pattern.endsWith(".js")) continue;
  // `./dist/components/*/index.js`: one entry per folder under src/components.
  const files = pattern.includes("*")
    ? readdirSync(path.join(root, "src/components")).map((name) => pattern.replace("*", name))
    : [pattern];
  for (const file of files) entries[file.replace(/^\.\/dist\//, "").replace(/\.js$/, "")] = path.join(root, sourceFor(file));
}
const binFile = typeof pkg.bin === "string" ? pkg.bin : Object.values(pkg.bin ?? {})[0];
if (binFile) entries[String(binFile).replace(/^\.\/dist\//, "").replace(/\.js$/, "")] = path.join(root, "src/cli/index.ts");

const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id: string) =>
  id.startsWith("node:") || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

rmSync(dist, { recursive: true, force: true });

await build({
  configFile: false,
  root,
  logLevel: "warn",
  plugins: [react()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: "es2022",
    lib: { entry: entries, formats: ["es"] },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: path.join(root, "src"),
        entryFileNames: "[name].js",
      },
    },
  },
});

// Modules that run React hooks or hold React context need the directive in React Server Components setups.
const CLIENT_SOURCE = /\buse(State|Effect|LayoutEffect|Ref|Context|Reducer|Callback|Memo|Id|SyncExternalStore|Transition|DeferredValue|ImperativeHandle)\b|createContext|forwardRef|\blazy\(/;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
let clientModules = 0;
for (const file of walk(dist).filter((f) => f.endsWith(".js"))) {
  const code = readFileSync(file, "utf8");
  if (file.endsWith(path.join("dist", "cli.js"))) {
    writeFileSync(file, `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, "")}`);
    continue;
  }
  if (CLIENT_SOURCE.test(code) && !code.startsWith('"use client"')) {
    writeFileSync(file, `"use client";\n${code}`);
    clientModules += 1;
  }
}

// Declarations, mirroring the module layout.
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

// Node16/NodeNext consumers resolve declaration imports like Node resolves ESM: relative specifiers need the
// file extension. The sources use extensionless imports (bundler resolution), so the emitted .d.ts files get
// the `.js` (or `/index.js`) that Node would load.
const RELATIVE_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;
let rewrittenSpecifiers = 0;
for (const file of walk(dist).filter((f) => f.endsWith(".d.ts"))) {
  const code = readFileSync(file, "utf8");
  const next = code.replace(RELATIVE_SPECIFIER, (match, lead: string, quote: string, specifier: string) => {
    if (/\.(m?js|json)$/.test(specifier)) return match;
    const target = path.resolve(path.dirname(file), specifier);
    const resolved = existsSync(`${target}.d.ts`) ? `${specifier}.js` : existsSync(path.join(target, "index.d.ts")) ? `${specifier}/index.js` : null;
    if (!resolved) throw new Error(`${path.relative(root, file)}: cannot resolve declaration import ${specifier}`);
    rewrittenSpecifiers += 1;
    return `${lead}${quote}${resolved}${quote}`;
  });
  if (next !== code) writeFileSync(file, next);
}

// One stylesheet: tokens first, then the shared base, then each component (scripts/build-css.ts).
const css = await buildStylesheet();
writeFileSync(path.join(dist, "styles.css"), css);
const cssFiles = stylesheetSources();

const jsonSchema = path.join(root, "src/schema/widget-root.schema.json");
if (existsSync(jsonSchema)) {
  mkdirSync(path.join(dist, "schema"), { recursive: true });
  copyFileSync(jsonSchema, path.join(dist, "schema/widget-root.schema.json"));
}

console.log(`built ${Object.keys(entries).length} entry points, ${clientModules} client modules, ${rewrittenSpecifiers} declaration imports given extensions, ${cssFiles.length} stylesheets → dist/`);
