// The JSON Schema and the parser agree on Button's label rule, and status.icon is checked like Icon.name.
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { buildWidgetRootJsonSchema } from "../../src/schema/json-schema";

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(buildWidgetRootJsonSchema());

// What to produce (the JSON Schema) and what to accept (the parser) differ on purpose: the parser draws a Button
// without label or icon, with a warning (docs/schema.md, "Required props"); strict mode refuses what the schema does.
describe("Button label: JSON Schema and parser agree", () => {
  it.each([
    ["a label", { type: "Button", label: "Go" }, true],
    ["an icon-only button (iconStart)", { type: "Button", iconStart: "star" }, true],
    ["an icon-only button (iconEnd)", { type: "Button", iconEnd: "star" }, true],
    ["neither label nor icon", { type: "Button" }, false],
    ["only an action", { type: "Button", onClickAction: { type: "a" } }, false],
  ])("%s", (_name, button, valid) => {
    const widget = { type: "Card", children: [button] };
    // Before: the schema accepted a Button with neither label nor icon, the parser did not.
    expect(validate(widget)).toBe(valid);
    expect(parseWidget(widget, { strict: true }).ok).toBe(valid);
    const lenient = parseWidget(widget);
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings.some((warning) => warning.path.startsWith("children[0]"))).toBe(!valid);
  });
});

describe("status.icon is an icon name like Icon.name", () => {
  it("warns about an unknown status icon with the same message as Icon.name", () => {
    const status = parseWidget({ type: "Card", status: { text: "Paid", icon: "no-such-icon" }, children: [] });
    const icon = parseWidget({ type: "Card", children: [{ type: "Icon", name: "no-such-icon" }] });
    // Before: no warning for status.icon.
    expect(status.warnings).toEqual([{ path: "status.icon", severity: "warning", message: 'Unknown icon name "no-such-icon" (renders nothing)' }]);
    expect(icon.warnings.map((warning) => warning.message)).toEqual(status.warnings.map((warning) => warning.message));
    expect(parseWidget({ type: "ListView", status: { text: "s", icon: "check" }, children: [] }).warnings).toEqual([]);
    expect(parseWidget({ type: "Card", status: { text: "s", icon: "x" }, children: [] }, { strict: true }).ok).toBe(false);
  });
});
