import { measureWidgetPath } from "./bench/size";
import { typicalWidget } from "./bench/peers/widgets";
const source = `
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { WidgetRenderer } from "./src/renderer";
const widget = ${JSON.stringify(typicalWidget)};
createRoot(document.body).render(createElement(WidgetRenderer, { widget, onAction: console.log }));
`;
for (const bundler of ["esbuild", "vite"] as const) {
  const row = await measureWidgetPath("typical", source, process.cwd(), bundler);
  console.log(bundler, row.gzip, row.raw, row.concatGzip, row.notLoadedGzip, JSON.stringify(row.text.slice(0, 80)));
  for (const f of row.files) console.log("  ", f.file, f.gzip, f.raw, f.eager);
}
