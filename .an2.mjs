import * as esbuild from "esbuild";
import { writeFileSync, rmSync } from "node:fs";
const entry = "/work/main/.an-entry.tsx";
writeFileSync(entry, `import { createElement } from "react";import { createRoot } from "react-dom/client";import { WidgetRenderer } from "./src/renderer";createRoot(document.body).render(createElement(WidgetRenderer, { widget: {}, onAction: console.log }));`);
const r = await esbuild.build({ entryPoints:[entry], bundle:true, splitting:true, format:"esm", minify:true, metafile:true, outdir:"/tmp/size/out2", external:["react","react-dom","react/jsx-runtime","react-dom/client"], loader:{".css":"empty"}, jsx:"automatic", logLevel:"error", write:false});
rmSync(entry);
const target = process.argv[2];
for (const [file, info] of Object.entries(r.metafile.inputs)) for (const imp of info.imports) if (imp.path.includes(target)) console.log(file, imp.kind, imp.path);
