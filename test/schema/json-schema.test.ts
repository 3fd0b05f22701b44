// The committed generated files (JSON Schema, parser specs) match the zod schemas, and the JSON Schema
// accepts what parseWidget produces.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { widgetRootJsonSchemaText } from "../../src/schema/json-schema";
import { onDemandSpecModuleText, specModuleText } from "../../src/schema/spec-from-zod";
import { loadCorpus } from "./helpers";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const committedText = readFileSync(path.join(root, "src/schema/widget-root.schema.json"), "utf8");

describe("generated/specs.ts and generated/specs-on-demand.ts", () => {
  it("are up to date with the zod schemas (run `npm run schema`)", () => {
    expect(readFileSync(path.join(root, "src/schema/generated/specs.ts"), "utf8")).toBe(specModuleText());
    expect(readFileSync(path.join(root, "src/schema/generated/specs-on-demand.ts"), "utf8")).toBe(onDemandSpecModuleText());
  });
});

describe("widget-root.schema.json", () => {
  it("is up to date with the zod schemas (run `npm run schema`)", () => {
    expect(committedText).toBe(widgetRootJsonSchemaText());
  });

  const schema = JSON.parse(committedText) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(schema);

  it("is draft 2020-12 with one definition per node type", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const defs = Object.keys(schema.$defs as object);
    for (const type of ["Card", "ListView", "ListViewItem", "Basic", "Text", "TableRow", "Chart", "ActionConfig"]) {
      expect(defs).toContain(type);
    }
  });

  it.each(loadCorpus().map((widget) => [widget.file, widget.preview] as const))(
    "accepts the parsed %s (unknown props removed)",
    (file, preview) => {
      const result = parseWidget(preview);
      if (!result.ok) throw new Error(result.summary);
      const unknown = new Set(result.warnings.map((warning) => warning.path));
      const clean = JSON.parse(JSON.stringify(result.widget, (key, value) => (unknown.has(key) ? undefined : value)));
      expect(validate(clean), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    },
  );

  it("rejects what the parser rejects or warns about", () => {
    expect(validate({ type: "Box", children: [] })).toBe(false);
    expect(validate({ type: "Card", size: "huge", children: [] })).toBe(false);
    expect(validate({ type: "Card", children: [{ type: "Badge" }] })).toBe(false);
    expect(validate({ type: "Card", children: [{ type: "Icon", name: "chevron-down" }] })).toBe(false);
    expect(validate({ type: "Card", children: [{ type: "Icon", name: "lucide:chevron-down" }] })).toBe(true);
    expect(validate({ type: "ListView", children: [{ type: "Text", value: "x" }] })).toBe(false);
  });
});
