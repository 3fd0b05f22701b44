// `npm run build`: the npm package in dist/.
//  - JavaScript: ESM, one output module per source module (so consumers tree-shake and lazy parts stay lazy),
//    dependencies external, "use client" on every module that runs React hooks.
//  - Types: .d.ts from tsc next to each module.
//  - CSS: one prebuilt dist/styles.css (tokens + every component), minified; JavaScript never imports CSS.
// The entry points are read from package.json "exports", the single list of what the package offers.
// The same build makes packages/server (`@chat-widgets/server`): the server kit from the same sources, with
// its own package.json (exports and dependencies) and no React; see docs/decisions.md.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import * as esbuild from "esbuild";
import { buildStylesheet, stylesheetSources } from "./build-css";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type ExportTarget = string | { types?: string; import?: string; default?: string };

/** `./dist/renderer/index.js` → `src/renderer/index.ts(x)` */
function sourceFor(distFile: string): string {
  const stem = distFile.replace(/^\.\/dist\//, "src/").replace(/\.js$/, "");
  for (const ext of [".ts", ".tsx"]) {
    if (existsSync(path.join(root, stem + ext))) return stem + ext;
  }
  throw new Error(`package.json exports ${distFile}, but neither ${stem}.ts nor ${stem}.tsx exists`);
}

function cssRank(file: string) {
  if (file.includes(`${path.sep}tokens${path.sep}`)) return 0;
  if (!file.includes(`${path.sep}components${path.sep}`)) return 1;
  return 2;
}
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

async function buildPackage(packageDir: string) {
const dist = path.join(packageDir, "dist");
const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
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
let clientModules = 0;
let cssCount = 0;
for (const file of walk(dist).filter((f) => f.endsWith(".js"))) {
  const code = readFileSync(file, "utf8");
  if (file.endsWith(path.join("dist", "cli.js"))) {
    writeFileSync(file, `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, "")}`);
    // The run bit: `npx chat-widgets` in this repository (and `node_modules/.bin` links) execute the file itself.
    chmodSync(file, 0o755);
    continue;
  }
  if (CLIENT_SOURCE.test(code) && !code.startsWith('"use client"')) {
    writeFileSync(file, `"use client";\n${code}`);
    clientModules += 1;
  }
}

// Declarations, mirroring the module layout.
if (packageDir === root) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
} else {
  // Only the entry points and what they import: a temporary project next to tsconfig.build.json.
  const project = path.join(root, `tsconfig.${path.basename(packageDir)}.tmp.json`);
  writeFileSync(
    project,
    JSON.stringify({ extends: "./tsconfig.build.json", compilerOptions: { outDir: path.relative(root, dist) }, include: [], files: Object.values(entries).map((file) => path.relative(root, file)) }),
  );
  try {
    execFileSync("npx", ["tsc", "-p", project], { cwd: root, stdio: "inherit" });
  } finally {
    rmSync(project);
  }
}

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

const exported = (subpath: string) => Object.prototype.hasOwnProperty.call(pkg.exports, subpath);
// One stylesheet: tokens first, then the shared base, then each component; cascade layers keep consumers' classes winning.
if (exported("./styles.css")) {
  const fontsSource = path.join(root, "src/fonts/fonts.css");
  // scripts/build-css.ts: the same build the production-CSS test runs consumers' pipelines over.
  writeFileSync(path.join(dist, "styles.css"), await buildStylesheet());
  cssCount = stylesheetSources().length;

  // The opt-in font stylesheet (chat-widgets/fonts.css): its @font-face files are copied into dist/fonts/ under
  // their own names, and the font's licence goes with them (the OFL requires it to accompany the font files).
  await esbuild.build({
    entryPoints: [fontsSource],
    bundle: true,
    minify: true,
    outfile: path.join(dist, "fonts.css"),
    loader: { ".woff2": "file" },
    assetNames: "fonts/[name]",
    logLevel: "warning",
  });
  copyFileSync(path.join(root, "node_modules/@fontsource-variable/inter/LICENSE"), path.join(dist, "fonts/LICENSE.txt"));
}

const jsonSchema = path.join(root, "src/schema/widget-root.schema.json");
if (exported("./widget-root.schema.json") && existsSync(jsonSchema)) {
  mkdirSync(path.join(dist, "schema"), { recursive: true });
  copyFileSync(jsonSchema, path.join(dist, "schema/widget-root.schema.json"));
}

console.log(`${pkg.name}: built ${Object.keys(entries).length} entry points, ${clientModules} client modules, ${rewrittenSpecifiers} declaration imports given extensions, ${cssCount} stylesheets → ${path.relative(root, dist)}/`);
}

await buildPackage(root);
await buildPackage(path.join(root, "packages/server"));
