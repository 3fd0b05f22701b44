// `npm run schema`: writes src/schema/widget-root.schema.json from the zod schemas.
// test/schema/json-schema.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { widgetRootJsonSchemaText } from "../src/schema/json-schema";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "src/schema/widget-root.schema.json");
writeFileSync(target, widgetRootJsonSchemaText());
console.log(`Wrote ${path.relative(root, target)}`);
