// `npm run bench`: sizes, render and validation figures as one table. Ratios are against baselines measured in
// the same run (hand-written JSX, JSON.parse), so they hold on any machine; absolute times are this machine's.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { gzipOfFile, measureBundle, measureWidgetPath, type SizeRow } from "./size";
import { typicalWidget } from "./peers/widgets";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows: string[][] = [];
const add = (area: string, measure: string, value: string, target: string, verdict: string) => rows.push([area, measure, value, target, verdict]);
const check = (ok: boolean) => (ok ? "✔ met" : "✖ over");

const TYPICAL_WIDGET = `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { WidgetRenderer } from "./src/renderer";
const widget = { type: "Card", children: [{ type: "Text", value: "Hi" }, { type: "Button", label: "Open", onClickAction: { type: "open", handler: "client" } }] };
createRoot(document.body).render(createElement(WidgetRenderer, { widget, onAction: console.log }));
`;

// The typical widget path: every file a page loads to show the typical widget (bench/peers/widgets.ts: a Card with
// layout, Image, Title, Caption, Badge, Divider, Text, Icon and Button), found by running the bundle in jsdom, lazy
// chunks included. Vite's production build is what an app ships; esbuild splits code shared by the entry and any
// lazy chunk into further files (one per set of importers), each gzipped apart, so its sum is larger.
const TYPICAL_PATH = `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { WidgetRenderer } from "./src/renderer";
const widget = ${JSON.stringify(typicalWidget)};
createRoot(document.body).render(createElement(WidgetRenderer, { widget, onAction: console.log }));
`;
for (const bundler of ["vite", "esbuild"] as const) {
  const path_ = await measureWidgetPath("typical-path", TYPICAL_PATH, root, bundler);
  if (!path_.text.includes("Weekly report")) throw new Error(`the typical widget did not render in the ${bundler} bundle`);
  const lazy = path_.files.filter((file) => !file.eager);
  add(
    "size (min+gz, React external)",
    `typical widget path, ${bundler === "vite" ? "Vite production build (what an app ships)" : "esbuild, code splitting"}: ${path_.files.length} files, ${lazy.length} loaded on demand`,
    `${kB(path_.gzip)} (${kB(path_.concatGzip)} as one file)`,
    bundler === "vite" ? `≤ ${kB(20 * 1024)}` : "—",
    bundler === "vite" ? check(path_.gzip <= 20 * 1024) : "",
  );
  if (bundler === "vite") {
    // Rolldown moves Vite's preload helper into a file of its own when a module the entry shares with a lazy chunk
    // imports a loader (docs/performance.md): one more request and ~0.3 kB. The entry should be the one eager file.
    const eagerFiles = path_.files.length - lazy.length;
    add("size (min+gz, React external)", "typical widget path, Vite: files loaded before the widget is validated", String(eagerFiles), "1", check(eagerFiles === 1));
  }
}

const sizes: { row: SizeRow; target?: number; label: string }[] = [];
sizes.push({ label: "renderer, eager code only (a Card, Text and Button widget; esbuild)", row: await measureBundle("typical", TYPICAL_WIDGET, root) });
sizes.push({ label: "root entry (chat-widgets): every export", row: await measureBundle("everything", `export * from "./src/index";`, root), target: 60 * 1024 });
// Tree-shaking: one name from the root costs what the same name from its own subpath costs.
sizes.push({ label: "root entry, one import (Badge)", row: await measureBundle("root-badge", `import { Badge } from "./src/index"; console.log(Badge);`, root) });
sizes.push({ label: "Badge from chat-widgets/components/Badge", row: await measureBundle("badge", `import { Badge } from "./src/components/Badge"; console.log(Badge);`, root) });
sizes.push({ label: "composer (chat-widgets/composer)", row: await measureBundle("composer", `export * from "./src/composer/index";`, root) });
sizes.push({ label: "protocol client (chat-widgets/protocol)", row: await measureBundle("protocol", `export * from "./src/protocol/index";`, root) });
sizes.push({ label: "server kit (chat-widgets/server)", row: await measureBundle("server", `export * from "./src/server/index";`, root) });
sizes.push({ label: "schema only (chat-widgets/schema)", row: await measureBundle("schema", `export { parseWidget } from "./src/schema/index";`, root) });
for (const { label, row, target } of sizes) {
  add("size (min+gz, React external)", label, kB(row.eagerGzip), target ? `≤ ${kB(target)}` : "—", target ? check(row.eagerGzip <= target) : "");
}
const typical = sizes[0]!.row; // lazy chunks as a widget app meets them (the root entry also exports every primitive eagerly)
for (const chunk of typical.lazyChunks.sort((a, b) => b.gzip - a.gzip)) {
  add("size: lazy chunk", chunk.largest.join(", "), kB(chunk.gzip), "loads on first use", "");
}
if (!existsSync(path.join(root, "dist/styles.css"))) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
add("size", "styles.css (all tokens and components)", kB(gzipOfFile(path.join(root, "dist/styles.css"))), "—", "");

const { benchValidation } = await import("./validate");
const validation = benchValidation();
add("validation", `parseWidget, ${validation.nodes} nodes (${kB(validation.bytes)} JSON)`, `${validation.parseWidgetMs.toFixed(2)} ms = ${validation.ratio.toFixed(1)}× JSON.parse (${validation.jsonParseMs.toFixed(2)} ms)`, "≤ 8×", check(validation.ratio <= 8));

process.env.NODE_ENV = "production";
const { benchRender, benchListUpdate, benchStreamingDelta } = await import("./render");
// Icon glyphs and lazy views loaded up front, as a page that has shown one widget has them: mount is timed, not loading.
await (await import("../src/renderer")).preloadBuiltinViews();
const render = await benchRender();
add("render (jsdom)", `${render.nodes}-node widget, mount: renderer vs hand-written JSX${render.sameDom ? " (same DOM)" : " (DOM DIFFERS)"}`, `${render.rendererMs.toFixed(0)} vs ${render.handMs.toFixed(0)} ms = ${render.ratio.toFixed(2)}×`, "≤ 1.25×", check(render.ratio <= 1.25 && render.sameDom));
if (!render.sameDom) console.error(render.firstDifference);
const list = benchListUpdate();
add("render (jsdom)", `one item of a ${list.items}-item ListView changes (${list.nodes} nodes)`, `${list.updateMs.toFixed(1)} ms, ${list.nodesRendered} nodes (${list.componentsRendered} components) re-rendered (mount ${list.mountMs.toFixed(0)} ms)`, "only the changed item", check(list.nodesRendered <= 5));
const stream = benchStreamingDelta();
add("render (jsdom)", `streamed text delta into a ${stream.nodes}-node widget`, `${stream.medianNodesPerDelta} node (${stream.medianComponentsPerDelta} components) re-rendered per delta`, "1 per delta", check(stream.medianNodesPerDelta <= 1));

const header = ["area", "measure", "result", "target", ""];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
console.log([line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n"));

// Peers in the same run: the same widgets drawn by @a2ui/react and @json-render/react (bench/peers/).
const { benchPeers, peerTable } = await import("./peers/index");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
console.log(`\nPeers (ratios > 1: the peer is larger or slower than chat-widgets ${version})`);
console.log(peerTable(await benchPeers(root, version)));
