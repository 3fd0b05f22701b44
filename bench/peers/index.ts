// Peers in the same run (`npm run bench`): the same widgets drawn by chat-widgets, @a2ui/react and
// @json-render/react — bundle size of the same widget path (bench/size.ts measureBundle: the same esbuild
// settings, React external) and mount time as a ratio to ours, the median of alternating rounds in the jsdom of
// the mount bench. A peer that cannot be installed or run gets a row saying why, never a number.
// Import after `process.env.NODE_ENV = "production"` (React's production build, as for the other render rows).
import { measureBundle, measureWidgetPath } from "../size";
import { medianRatio } from "../timing";
import { a2ui, domStats, jsonRender, mountUntilShown, ours, type Contender } from "./mount";
import { a2uiLarge, a2uiTypical, jsonRenderLarge, jsonRenderTypical, largeTexts, largeWidget, typicalTexts, typicalWidget, withoutTypes } from "./widgets";

const LARGE_ROWS = 125;
const CATALOG_PLACEHOLDER = "__A2UI_CATALOG__";

/** A bundle entry that renders `typicalWidget` into the page, as an app's widget path would. */
const ENTRIES: { name: string; label: string; source: () => string }[] = [
  {
    name: "peer-ours",
    label: "chat-widgets: WidgetRenderer (validates) + the views and glyph chunk the widget loads",
    source: () => `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { WidgetRenderer } from "./src/renderer";
const widget = ${JSON.stringify(typicalWidget)};
createRoot(document.body).render(createElement(WidgetRenderer, { widget, onAction: console.log }));
`,
  },
  {
    name: "peer-a2ui",
    label: "@a2ui/react: MessageProcessor + A2uiSurface + basicCatalog + @a2ui/markdown-it",
    source: () => `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { A2uiSurface, MarkdownContext, basicCatalog } from "@a2ui/react/v0_9";
import { MessageProcessor } from "@a2ui/web_core/v0_9";
import { renderMarkdown } from "@a2ui/markdown-it";
const messages = ${JSON.stringify(a2uiTypical(CATALOG_PLACEHOLDER))};
messages[0].createSurface.catalogId = basicCatalog.id;
const processor = new MessageProcessor([basicCatalog], console.log);
processor.processMessages(messages);
const surface = processor.model.surfacesMap.get("bench");
createRoot(document.body).render(createElement(MarkdownContext.Provider, { value: renderMarkdown }, createElement(A2uiSurface, { surface })));
`,
  },
  {
    name: "peer-json-render",
    label: "@json-render/react: catalog.validate + Renderer + shadcn components",
    source: () => `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { defineCatalog } from "@json-render/core";
import { schema } from "@json-render/react/schema";
import { shadcnComponentDefinitions } from "@json-render/shadcn/catalog";
import { shadcnComponents } from "@json-render/shadcn";
import { defineRegistry, JSONUIProvider, Renderer } from "@json-render/react";
const spec = ${JSON.stringify(jsonRenderTypical())};
const catalog = defineCatalog(schema, { components: shadcnComponentDefinitions, actions: {} });
const { registry } = defineRegistry(catalog, { components: shadcnComponents });
if (catalog.validate(spec).success) {
  createRoot(document.body).render(createElement(JSONUIProvider, { registry, handlers: { "report.open": console.log } }, createElement(Renderer, { spec, registry })));
}
`,
  },
];

export interface PeerRow {
  measure: string;
  contender: string;
  result: string;
  /** Against ours: > 1 means the peer is larger or slower. */
  ratio?: number;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!;

/** Every peer row: sizes of the typical widget path, then mount ratios for the typical and the large widget. */
export async function benchPeers(root: string, version: string): Promise<PeerRow[]> {
  const rows: PeerRow[] = [];

  let oursGzip: number | undefined;
  for (const entry of ENTRIES) {
    try {
      // Ours: every file showing the widget loads, lazy chunks included (it has some); the peers load theirs eagerly.
      if (entry.name === "peer-ours") {
        const shown = await measureWidgetPath(entry.name, entry.source(), root, "esbuild");
        oursGzip = shown.gzip;
        rows.push({ measure: "typical widget path, min+gz, React external", contender: entry.label, result: `${kB(shown.gzip)} in ${shown.files.length} files`, ratio: 1 });
        continue;
      }
      const size = await measureBundle(entry.name, entry.source(), root);
      const lazy = size.lazyChunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
      rows.push({
        measure: "typical widget path, min+gz, React external",
        contender: entry.label,
        result: `${kB(size.eagerGzip)}${lazy ? ` (+ ${kB(lazy)} in lazy chunks, not counted)` : ""}`,
        ratio: oursGzip ? size.eagerGzip / oursGzip : undefined,
      });
    } catch (error) {
      rows.push({ measure: "typical widget path, min+gz, React external", contender: entry.label, result: `not measured: ${message(error)}` });
    }
  }

  // Each peer is timed against ours drawing what the peer's translation draws: json-render's catalog has no icon,
  // so its baseline is our widget without its Icon nodes (A2UI translates every node).
  const widgets = [
    { label: "typical widget (13 nodes)", ours: typicalWidget, a2ui: a2uiTypical, jsonRender: jsonRenderTypical(), texts: typicalTexts, rounds: 15 },
    {
      label: `large widget (${LARGE_ROWS} rows, ${1 + 8 * LARGE_ROWS} nodes)`,
      ours: largeWidget(LARGE_ROWS),
      a2ui: (catalogId: string) => a2uiLarge(catalogId, LARGE_ROWS),
      jsonRender: jsonRenderLarge(LARGE_ROWS),
      texts: largeTexts(LARGE_ROWS),
      rounds: 9,
    },
  ];
  for (const widget of widgets) {
    const peers: { name: string; baseline: Contender; baselineNote: string; load: () => Promise<Contender> }[] = [
      { name: "@a2ui/react", baseline: ours(widget.ours, version), baselineNote: "", load: () => a2ui(widget.a2ui) },
      {
        name: "@json-render/react",
        baseline: ours(withoutTypes(widget.ours, ["Icon"]), version),
        baselineNote: " without Icons",
        load: () => jsonRender(widget.jsonRender),
      },
    ];
    for (const peer of peers) {
      try {
        const contender = await peer.load();
        const timed = await medianRatio(
          () => mountUntilShown(contender, widget.texts),
          () => mountUntilShown(peer.baseline, widget.texts),
          { rounds: widget.rounds },
        );
        const [theirs, our] = [await domStats(contender, widget.texts), await domStats(peer.baseline, widget.texts)];
        const dom = (stats: typeof theirs) => `${stats.elements} elements, ${stats.attributes} attributes, ${stats.styleDeclarations} inline declarations`;
        rows.push({
          measure: `mount (jsdom), ${widget.label}`,
          contender: `${contender.name} ${contender.version}`,
          result: `${timed.subjectMs.toFixed(2)} vs ${timed.baselineMs.toFixed(2)} ms (ours${peer.baselineNote}) = ${timed.ratio.toFixed(2)}× ours; DOM ${dom(theirs)} vs ${dom(our)}`,
          ratio: timed.ratio,
        });
      } catch (error) {
        rows.push({ measure: `mount (jsdom), ${widget.label}`, contender: peer.name, result: `not run: ${message(error)}` });
      }
    }
  }
  return rows;
}

/** The peer rows as a Markdown table (what `npm run bench` prints after its own table). */
export function peerTable(rows: PeerRow[]): string {
  const header = ["measure", "contender", "result", "vs ours"];
  const cells = rows.map((row) => [row.measure, row.contender, row.result, row.ratio === undefined ? "—" : `${row.ratio.toFixed(2)}×`]);
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((cell) => cell[i]!.length)));
  const line = (cell: string[]) => `| ${cell.map((value, i) => value.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}
