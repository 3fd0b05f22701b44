// Every length-typed prop of every node (gap, padding, margin, sizes, Divider spacing, Spacer minSize), written
// with a size name ChatKit does not define for lengths (`"md"`), parses with a warning at its path and never
// reaches a style: the component's default applies. The list of props comes from the schema, so a new length
// prop is covered (and must get a node below) without editing this test.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { ALL_NODE_SPECS } from "../schema/helpers";
import { lengthKeysOf } from "../../src/schema/lengths";
import { WidgetRenderer } from "../../src/renderer";

afterEach(cleanup);

// The smallest drawable node of each type that has length props (required props filled in).
const BASE: Record<string, Record<string, unknown>> = {
  Card: { type: "Card", children: [{ type: "Text", value: "card" }] },
  Basic: { type: "Basic", children: [{ type: "Text", value: "basic" }] },
  ListViewItem: { type: "ListViewItem", children: [{ type: "Text", value: "row" }] },
  Box: { type: "Box", children: [{ type: "Text", value: "box" }] },
  Row: { type: "Row", children: [{ type: "Text", value: "row" }] },
  Col: { type: "Col", children: [{ type: "Text", value: "col" }] },
  Form: { type: "Form", children: [{ type: "Text", value: "form" }] },
  Spacer: { type: "Spacer" },
  Divider: { type: "Divider" },
  Text: { type: "Text", value: "text" },
  Image: { type: "Image", src: "https://example.com/a.png", alt: "a" },
  "Table.Cell": { type: "Table.Cell", children: [{ type: "Text", value: "cell" }] },
  Chart: { type: "Chart", data: [{ x: "a", y: 1 }], series: [{ type: "bar", dataKey: "y" }], xAxis: "x" },
};

const LENGTH_NODES = ALL_NODE_SPECS
  .map((node) => ({ type: node.type, keys: lengthKeysOf(node.props) }))
  .filter((node) => node.keys.length > 0);

/** The node with every length prop set to `value` (padding/margin optionally as a Spacing object), in a root that draws it. */
function widgetWith(type: string, keys: string[], value: unknown, sides?: Record<string, unknown>) {
  const node: Record<string, unknown> = { ...BASE[type] };
  for (const key of keys) node[key] = sides && (key === "padding" || key === "margin") ? sides : value;
  if (type === "Card" || type === "Basic") return { widget: node, path: "" };
  if (type === "ListViewItem") return { widget: { type: "ListView", children: [node] }, path: "children[0]" };
  if (type === "Table.Cell") {
    const table = { type: "Table", children: [{ type: "Table.Row", children: [node] }] };
    return { widget: { type: "Card", children: [table] }, path: "children[0].children[0].children[0]" };
  }
  return { widget: { type: "Card", children: [node] }, path: "children[0]" };
}

/** Every inline style declaration under `root` whose value still carries one of the `tokens`. */
function leakedTokens(root: HTMLElement, tokens: string[]): string[] {
  const pattern = new RegExp(`(^|[^\\w-])(${tokens.join("|")})($|[^\\w-])`);
  const found: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>("[style]")) {
    for (const declaration of (element.getAttribute("style") ?? "").split(";")) {
      const value = declaration.slice(declaration.indexOf(":") + 1);
      if (pattern.test(value)) found.push(`${element.className}: ${declaration.trim()}`);
    }
  }
  return found;
}

describe("length props written with size names", () => {
  it("covers every node type that has length props", () => {
    expect(LENGTH_NODES.map((node) => node.type).filter((type) => !(type in BASE))).toEqual([]);
    expect(LENGTH_NODES.flatMap((node) => node.keys)).toEqual(expect.arrayContaining(["gap", "padding", "margin", "spacing", "minSize", "width"]));
  });

  it.each(LENGTH_NODES.map((node) => [node.type, node.keys] as const))(
    "%s: every length prop written \"md\" warns at its path and falls back to the default",
    (type, keys) => {
      const { widget, path } = widgetWith(type, keys, "md");
      const parsed = parseWidget(widget);
      expect(parsed.ok).toBe(true);
      const prefix = path === "" ? "" : `${path}.`;
      const warned = parsed.warnings.filter((issue) => issue.message.includes("not a CSS length")).map((issue) => issue.path);
      expect(warned.sort()).toEqual(keys.map((key) => `${prefix}${key}`).sort());

      const { container } = render(<WidgetRenderer widget={widget} item={{ id: "msg" }} />);
      expect(container.querySelector(".cw-error-card")).toBeNull();
      expect(leakedTokens(container, ["md"])).toEqual([]);
    },
  );

  it.each(LENGTH_NODES.filter((node) => node.keys.some((key) => key === "padding" || key === "margin")).map((node) => [node.type] as const))(
    "%s: size names inside a padding/margin object warn per side and reach no style",
    (type) => {
      const keys = lengthKeysOf(ALL_NODE_SPECS.find((node) => node.type === type)!.props);
      const { widget, path } = widgetWith(type, keys, 2, { x: "sm", top: "lg", bottom: 3 });
      const parsed = parseWidget(widget);
      const prefix = path === "" ? "" : `${path}.`;
      const warned = parsed.warnings.filter((issue) => issue.message.includes("not a CSS length")).map((issue) => issue.path);
      for (const key of keys.filter((key) => key === "padding" || key === "margin")) {
        expect(warned).toEqual(expect.arrayContaining([`${prefix}${key}.x`, `${prefix}${key}.top`]));
        expect(warned).not.toContain(`${prefix}${key}.bottom`);
      }
      const { container } = render(<WidgetRenderer widget={widget} item={{ id: "msg" }} />);
      expect(leakedTokens(container, ["sm", "lg"])).toEqual([]);
      // The valid side is still drawn.
      expect(container.innerHTML).toContain("calc(var(--cw-spacing) * 3)");
    },
  );

  it("reads numeric strings as numbers in the prop's unit, with a warning", () => {
    const widget = { type: "Card", children: [{ type: "Row", gap: "3", width: "120", children: [{ type: "Text", value: "x" }] }] };
    const parsed = parseWidget(widget);
    expect(parsed.warnings.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(
      expect.arrayContaining([
        'children[0].gap: Expected a number or a CSS length, received "3" (read as 3 spacing units)',
        'children[0].width: Expected a number or a CSS length, received "120" (read as 120px)',
      ]),
    );
    const { container } = render(<WidgetRenderer widget={widget} item={{ id: "msg" }} />);
    const row = container.querySelector<HTMLElement>(".cw-box--row")!;
    expect(row.getAttribute("style")).toContain("--cw-box-default-gap: calc(var(--cw-spacing) * 3)");
    expect(row.style.width).toBe("120px");
  });

  it("keeps CSS lengths without a warning", () => {
    const widget = {
      type: "Card",
      padding: "8px 12px",
      children: [{ type: "Col", gap: "1rem", padding: { x: "calc(100% - 8px)" }, minSize: "auto", children: [{ type: "Divider", spacing: "0" }] }],
    };
    const parsed = parseWidget(widget);
    expect(parsed.warnings).toEqual([]);
  });
});
