// What parseWidget accepts, keeps, drops, and rejects (docs/schema.md), one rule per test.
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  ACTION_DEFAULTS,
  isInvalidNode,
  parseNode,
  parseWidget,
  resolveAction,
  WIDGET_NODE_TYPES,
  type ButtonNode,
  type WidgetIssue,
} from "../../src/schema";

const card = (...children: unknown[]) => ({ type: "Card", children });
const paths = (issues: WidgetIssue[]) => issues.map((issue) => `${issue.path}: ${issue.message}`);

function expectOk(input: unknown, options?: Parameters<typeof parseWidget>[1]) {
  const result = parseWidget(input, options);
  if (!result.ok) throw new Error(result.summary);
  return result;
}
function expectErrors(input: unknown, options?: Parameters<typeof parseWidget>[1]) {
  const result = parseWidget(input, options);
  if (result.ok) throw new Error("expected errors");
  return result;
}

describe("null and unknown props", () => {
  it("reads null props as absent, at any depth of a value", () => {
    const result = expectOk(
      card({ type: "Text", value: "Hi", color: null, size: null }, { type: "Box", padding: { top: 2, x: null }, children: null }),
    );
    expect(result.warnings).toEqual([]);
    expect(result.widget.children).toEqual([{ type: "Text", value: "Hi" }, { type: "Box", padding: { top: 2 } }]);
  });

  it("a null required prop is missing (drawn empty, with a warning)", () => {
    const result = expectOk(card({ type: "Text", value: null }));
    expect(paths(result.warnings)).toEqual(["children[0].value: Required (drawn empty)"]);
    expect(result.widget.children[0]).toEqual({ type: "Text", value: "" });
  });

  it("keeps unknown props with a warning naming the path", () => {
    const result = expectOk(card({ type: "Row", wrap: "wrap", tone: "loud", children: [] }));
    expect(result.widget.children[0]).toEqual({ type: "Row", wrap: "wrap", tone: "loud", children: [] });
    expect(result.warnings).toEqual([
      { path: "children[0].tone", message: 'Unknown prop "tone" on Row (kept, ignored by the renderer)', severity: "warning" },
    ]);
  });

  it("drops the values real widgets get wrong, with warnings, and still renders", () => {
    const result = expectOk({
      type: "Card",
      status: "Done",
      padding: "md",
      children: [
        { type: "Button", label: "Go", variant: "primary" },
        { type: "Row", wrap: true, children: [] },
      ],
    });
    // Three values are dropped; "md" is kept as written but is no CSS length, so the default padding applies.
    expect(paths(result.warnings)).toEqual([
      'status: Expected object, received string',
      'padding: Expected a number of 4px spacing units or a CSS length such as "12px", received "md" (not a CSS length; the default applies)',
      'children[0].variant: Expected one of "solid" | "soft" | "outline" | "ghost", received "primary"',
      'children[1].wrap: Expected one of "nowrap" | "wrap" | "wrap-reverse", received true',
    ]);
    expect(result.widget).not.toHaveProperty("status");
    expect(result.widget.children[0]).toEqual({ type: "Button", label: "Go" });
  });

  it("names the nested path of a bad value inside an object prop", () => {
    const result = expectOk(card({ type: "Box", border: { size: 1, style: "wavy" } }));
    expect(paths(result.warnings)).toEqual([
      'children[0].border.style: Expected one of "solid" | "dashed" | "dotted" | "double" | "groove" | "ridge" | "inset" | "outset", received "wavy"',
    ]);
    expect(result.widget.children[0]).toEqual({ type: "Box" });
  });

  it("reports wrong primitive types by kind; a numeric string where a number is typed is read as the number", () => {
    const result = expectOk(card({ type: "Text", value: "x", truncate: "yes", maxLines: "2" }));
    expect(paths(result.warnings)).toEqual([
      "children[0].truncate: Expected boolean, received string",
      'children[0].maxLines: Expected number, received "2" (read as 2)',
    ]);
    expect(result.widget.children[0]).toEqual({ type: "Text", value: "x", maxLines: 2 });
  });

  it("never lets a __proto__ key reach the output", () => {
    const input = JSON.parse('{"type":"Card","children":[],"__proto__":{"polluted":true}}');
    const result = expectOk(input);
    expect(Object.getPrototypeOf(result.widget)).toBe(Object.prototype);
    expect((result.widget as Record<string, unknown>).polluted).toBeUndefined();
    expect(paths(result.warnings)).toEqual(['__proto__: Dropped "__proto__" on Card']);
  });
});

describe("required fields and structure", () => {
  // A missing or unusable required prop never stops drawing (docs/schema.md, "Required props"): the prop
  // gets its empty value, so the node keeps its type, and a warning names the path and what is drawn.
  it.each([
    [{ type: "Text" }, "children[0].value: Required (drawn empty)", { type: "Text", value: "" }],
    [{ type: "Title", value: {} }, "children[0].value: Expected string, received object", { type: "Title", value: "" }],
    [{ type: "Badge" }, "children[0].label: Required (drawn as an empty badge)", { type: "Badge", label: "" }],
    [{ type: "Image", alt: "x" }, "children[0].src: Required (drawn as an empty frame)", { type: "Image", alt: "x", src: "" }],
    [{ type: "Icon" }, "children[0].name: Required (draws nothing)", { type: "Icon", name: "" }],
    [{ type: "Input" }, "children[0].name: Required (drawn; adds nothing to the form values)", { type: "Input", name: "" }],
    [{ type: "Select", name: "s" }, "children[0].options: Required (drawn with no options)", { type: "Select", name: "s", options: [] }],
    [
      { type: "Select", name: "s", options: [{ value: "a" }, { value: "b", label: "B" }] },
      "children[0].options[0].label: Required (item dropped)",
      { type: "Select", name: "s", options: [{ value: "b", label: "B" }] },
    ],
    [{ type: "Label", value: "Name" }, "children[0].fieldName: Required (drawn, labels no control)", { type: "Label", value: "Name", fieldName: "" }],
    [{ type: "Chart", data: [] }, "children[0].series: Required (drawn as an empty chart)", { type: "Chart", data: [], series: [] }],
  ])("%j → %s", (node, expected, drawn) => {
    const result = expectOk(card(node));
    expect(paths(result.warnings)).toEqual([expected]);
    expect(result.widget.children[0]).toEqual(drawn);
  });

  it("a Button with neither label nor icon is drawn as an empty button", () => {
    const result = expectOk(card({ type: "Button", onClickAction: { type: "go" } }));
    expect(paths(result.warnings)).toEqual([
      "children[0].label: Required, or iconStart/iconEnd for an icon-only button (drawn as an empty button)",
    ]);
    expect(result.widget.children[0]).toEqual({ type: "Button", onClickAction: { type: "go" } });
  });

  it("rejects roots that are not Card, ListView or Basic", () => {
    const result = expectErrors({ type: "Box", children: [] });
    expect(paths(result.issues)).toEqual(['(root): Expected a root node ("Card" | "ListView" | "Basic"), received "Box"'.replace("(root)", "")]);
    expect(result.summary).toBe('1 error: (root): Expected a root node ("Card" | "ListView" | "Basic"), received "Box"');
    expect(isInvalidNode(result.partial)).toBe(true);
  });

  it("draws Card, ListView, ListViewItem and Basic without children as empty, with a warning", () => {
    const bare = expectOk({ type: "Card" });
    expect(paths(bare.warnings)).toEqual(["children: Required (drawn as an empty card)"]);
    expect(bare.widget).toEqual({ type: "Card", children: [] });
    const list = expectOk({ type: "ListView", children: [{ type: "ListViewItem" }] });
    expect(paths(list.warnings)).toEqual(["children[0].children: Required (drawn as an empty row)"]);
    expect(list.widget).toEqual({ type: "ListView", children: [{ type: "ListViewItem", children: [] }] });
  });

  it("draws a component in a ListView as a row of its own, and a ListViewItem elsewhere as a row", () => {
    const inList = expectOk({ type: "ListView", children: [{ type: "Text", value: "x" }] });
    expect(paths(inList.warnings)).toEqual(['children[0]: ListView children should be "ListViewItem", received "Text" (drawn as a row of its own)']);
    expect(inList.widget.children[0]).toEqual({ type: "Text", value: "x" });
    const outside = expectOk(card({ type: "ListViewItem", children: [] }));
    expect(paths(outside.warnings)).toEqual(['children[0]: "ListViewItem" belongs directly in a ListView (drawn as a row here)']);
  });

  it("nests roots in Basic silently, and in components as nested cards and lists, with a warning", () => {
    expect(expectOk({ type: "Basic", children: [card({ type: "Text", value: "x" }), { type: "Text", value: "y" }] }).warnings).toEqual([]);
    const nested = expectOk(
      card(
        card({ type: "Text", value: "inner" }),
        { type: "Col", children: [{ type: "ListView", limit: 2, children: [{ type: "ListViewItem", children: [card()] }] }] },
      ),
    );
    expect(paths(nested.warnings)).toEqual([
      'children[0]: "Card" is a root node nested in a component (drawn as a nested card)',
      'children[1].children[0]: "ListView" is a root node nested in a component (drawn as a nested list)',
      'children[1].children[0].children[0].children[0]: "Card" is a root node nested in a component (drawn as a nested card)',
    ]);
    expect(nested.widget.children[1]).toEqual({
      type: "Col",
      children: [{ type: "ListView", limit: 2, children: [{ type: "ListViewItem", children: [{ type: "Card", children: [] }] }] }],
    });
    // Strict mode (CI, the CLI) still refuses them.
    expect(paths(expectErrors(card(card()), { strict: true }).issues)).toEqual([
      'children[0]: "Card" is a root node nested in a component (drawn as a nested card)',
    ]);
  });

  it("takes one node as Transition children, and none", () => {
    expectOk(card({ type: "Transition", children: { type: "Text", value: "x", key: "a" } }));
    expectOk(card({ type: "Transition", children: null }));
    expect(paths(expectErrors(card({ type: "Transition", children: [{ type: "Text", value: "x" }] })).issues)).toEqual([
      "children[0].children: Expected one widget node, received array",
    ]);
  });

  it("keeps tables in shape: rows in tables, cells in rows", () => {
    const table = {
      type: "Table",
      children: [{ type: "Table.Row", header: true, children: [{ type: "Table.Cell", colSpan: 2, children: [{ type: "Text", value: "A" }] }] }],
    };
    expect(expectOk(card(table)).widget.children[0]).toEqual(table);
    const wrong = expectErrors(card({ type: "Table", children: [{ type: "Table.Cell" }] }));
    expect(paths(wrong.issues)).toEqual(['children[0].children[0]: Table children must be "Table.Row", received "Table.Cell"']);
  });

  it("rejects non-object children entries with their path", () => {
    const result = expectErrors(card("text", 3, null, [], { value: "no type" }));
    expect(paths(result.issues)).toEqual([
      'children[0]: Expected a widget node (an object with "type"), received "text"',
      'children[1]: Expected a widget node (an object with "type"), received 3',
      'children[2]: Expected a widget node (an object with "type"), received null',
      'children[3]: Expected a widget node (an object with "type"), received array',
      "children[4].type: Required",
    ]);
    expect(result.summary).toBe(
      '5 errors: children[0]: Expected a widget node (an object with "type"), received "text"; children[1]: Expected a widget node (an object with "type"), received 3; children[2]: Expected a widget node (an object with "type"), received null; and 2 more',
    );
  });

  it("reports problems below an invalid node too, but keeps each InvalidNode's own issues", () => {
    const result = expectErrors(card({ type: "Box", size: "x", bogus: 1, children: [{ type: "Nope" }] }), { strict: true });
    expect(paths(result.issues)).toEqual([
      'children[0].bogus: Unknown prop "bogus" on Box (kept, ignored by the renderer)',
      'children[0].size: Expected a number of pixels or a CSS length such as "50%", received "x" (not a CSS length; the default applies)',
      'children[0].children[0].type: Unknown component type "Nope"',
    ]);
    const box = (result.partial as { children: unknown[] }).children[0];
    expect(box).toMatchObject({ type: "$invalid", path: "children[0]" });
    expect((box as { issues: unknown[] }).issues).toHaveLength(2);
  });
});

describe("icons", () => {
  it("warns on names outside the set, accepts lucide:*, warns on vendor:*", () => {
    const result = expectOk(
      card(
        { type: "Icon", name: "chevron-down" },
        { type: "Icon", name: "lucide:chevron-down" },
        { type: "Button", iconStart: "vendor:acme-logo", label: "Acme" },
        { type: "Icon", name: "star" },
      ),
    );
    expect(paths(result.warnings)).toEqual([
      'children[0].name: Unknown icon name "chevron-down" (renders nothing)',
      'children[2].iconStart: Vendor icon "vendor:acme-logo" has no glyph here (renders nothing)',
    ]);
    expect(result.widget.children[0]).toEqual({ type: "Icon", name: "chevron-down" });
  });

  it("a non-string icon name is a warning: on an Icon it draws nothing, on a Button it is dropped", () => {
    const icon = expectOk(card({ type: "Icon", name: 3 }));
    expect(paths(icon.warnings)).toEqual(["children[0].name: Expected string, received number"]);
    expect(icon.widget.children[0]).toEqual({ type: "Icon", name: "" });
    expect(paths(expectOk(card({ type: "Button", label: "x", iconEnd: {} })).warnings)).toEqual([
      "children[0].iconEnd: Expected string, received object",
    ]);
  });
});

describe("actions", () => {
  it("keeps what the author wrote; defaults are applied by resolveAction", () => {
    const action = { type: "select", payload: { id: 1 } };
    const result = expectOk(card({ type: "Button", label: "Go", onClickAction: action }));
    const parsed = (result.widget.children[0] as ButtonNode).onClickAction!;
    expect(parsed).toEqual(action);
    expect(resolveAction(parsed)).toEqual({ ...action, ...ACTION_DEFAULTS });
    expect(resolveAction({ type: "x", handler: "client", streaming: false })).toEqual({
      type: "x",
      handler: "client",
      loadingBehavior: "auto",
      streaming: false,
    });
  });

  it("drops a bad action field, or the whole action when its type is unusable", () => {
    const result = expectOk(
      card(
        { type: "Button", label: "a", onClickAction: { type: "go", handler: "browser", payload: [1] } },
        { type: "Button", label: "b", onClickAction: { type: 5 } },
        { type: "Button", label: "c", onClickAction: "go" },
        { type: "Form", onSubmitAction: { type: "save", extra: true } },
      ),
    );
    expect(paths(result.warnings)).toEqual([
      'children[0].onClickAction.handler: Expected one of "server" | "client", received "browser"',
      "children[0].onClickAction.payload: Expected record, received array",
      'children[1].onClickAction.type: Expected string, received 5 (read as "5")',
      'children[2].onClickAction: Expected action object, received "go"',
      'children[3].onSubmitAction.extra: Unknown prop "extra" on action (kept, ignored by the renderer)',
    ]);
    const [a, b, c, form] = result.widget.children as Array<Record<string, unknown>>;
    expect(a!.onClickAction).toEqual({ type: "go" });
    expect(b!.onClickAction).toEqual({ type: "5" });
    expect(c).not.toHaveProperty("onClickAction");
    expect(form!.onSubmitAction).toEqual({ type: "save", extra: true });
  });

  it("drops a card confirm whose action has no type", () => {
    const result = expectOk({ type: "Card", confirm: { label: "OK", action: {} }, cancel: { label: "No", action: { type: "no" } }, children: [] });
    expect(paths(result.warnings)).toEqual(["confirm.action.type: Required"]);
    expect(result.widget).toEqual({ type: "Card", cancel: { label: "No", action: { type: "no" } }, children: [] });
  });
});

describe("strict mode", () => {
  it("turns every warning into an error and invalidates the node that has it", () => {
    const input = card({ type: "Text", value: "a", size: "huge" }, { type: "Text", value: "b" });
    expect(expectOk(input).warnings).toHaveLength(1);
    const strict = expectErrors(input, { strict: true });
    expect(strict.issues).toEqual([
      { path: "children[0].size", message: 'Expected one of "xs" | "sm" | "md" | "lg" | "xl", received "huge"', severity: "error" },
    ]);
    expect(strict.partial).toMatchObject({ type: "Card", children: [{ type: "$invalid" }, { type: "Text", value: "b" }] });
  });
});

describe("custom node types", () => {
  const Rating = z.object({ type: z.literal("Rating"), value: z.number(), max: z.optional(z.number()) });

  it("accepts registered types where components go, validated by their schema", () => {
    const result = expectOk(card({ type: "Rating", value: 4 }), { customNodes: { Rating } });
    expect(result.widget.children[0]).toEqual({ type: "Rating", value: 4 });
  });

  it("reports their schema's issues with full paths", () => {
    const result = expectErrors(card({ type: "Rating", value: "four" }), { customNodes: { Rating } });
    expect(paths(result.issues)).toEqual(["children[0].value: Expected number, received string"]);
  });

  it("walks their children like any component's", () => {
    const Panel = z.object({ type: z.literal("Panel") });
    const result = expectErrors(card({ type: "Panel", children: [{ type: "Text", value: "ok" }, { type: "Sparkline" }] }), {
      customNodes: { Panel },
    });
    expect(paths(result.issues)).toEqual(['children[0].children[1].type: Unknown component type "Sparkline"']);
  });

  it("is unknown without registration, and cannot replace a built-in", () => {
    expect(paths(expectErrors(card({ type: "Rating", value: 4 })).issues)).toEqual([
      'children[0].type: Unknown component type "Rating"',
    ]);
    const result = expectOk(card({ type: "Text" }), { customNodes: { Text: z.object({ type: z.literal("Text") }) } });
    expect(paths(result.warnings)).toEqual(["children[0].value: Required (drawn empty)"]);
  });

  it("contains a custom schema that throws", () => {
    const Throwing = z.object({ type: z.string() }).check((ctx) => {
      throw new Error(`boom ${String(ctx.value)}`);
    });
    const result = expectErrors(card({ type: "Boom" }), { customNodes: { Boom: Throwing } });
    expect(result.issues[0]!.message).toMatch(/^Custom node schema for "Boom" threw: Error: boom/);
  });
});

describe("parseNode and inputs", () => {
  it("parses one component with paths relative to it", () => {
    const result = parseNode({ type: "Row", children: [{ type: "Badgee" }] });
    expect(paths(result.errors)).toEqual(['children[0].type: Unknown component type "Badgee"']);
    expect(result.node).toMatchObject({ type: "Row", children: [{ type: "$invalid", path: "children[0]" }] });
  });

  it("takes JSON text and reports invalid JSON as one error", () => {
    expect(parseWidget('{"type":"Card","children":[]}').ok).toBe(true);
    const bad = expectErrors('{"type":"Card",');
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]!.message).toMatch(/^Invalid JSON: /);
  });

  it("lists every built-in type once", () => {
    expect(new Set(WIDGET_NODE_TYPES).size).toBe(WIDGET_NODE_TYPES.length);
    expect(WIDGET_NODE_TYPES).toHaveLength(30);
  });
});
