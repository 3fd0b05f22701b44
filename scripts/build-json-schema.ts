// `npm run schema`: writes what is generated from the zod schemas in src/schema —
//   src/schema/widget-root.schema.json  JSON Schema (draft 2020-12) of a widget root
//   src/schema/generated/specs.ts       the plain specs the parser runs on (so browsers need no zod)
//   src/schema/generated/specs-on-demand.ts  those of the node types whose views load on demand
// test/schema/generated.test.ts fails when a committed file differs from what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { widgetRootJsonSchemaText } from "../src/schema/json-schema";
import { onDemandSpecModuleText, specModuleText } from "../src/schema/spec-from-zod";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outputs: Array<[string, string]> = [
  ["src/schema/widget-root.schema.json", widgetRootJsonSchemaText()],
  ["src/schema/generated/specs.ts", specModuleText()],
  ["src/schema/generated/specs-on-demand.ts", onDemandSpecModuleText()],
];
for (const [file, text] of outputs) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  console.log(`Wrote ${file}`);
}
