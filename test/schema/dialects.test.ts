// Widgets as each reference SDK writes them parse without a single issue: the parser accepts the union.
import { describe, expect, it } from "vitest";
import { parseWidget, type CardNode } from "../../src/schema";

describe("dialects", () => {
  it("chatkit-python: serialised defaults, null children, Chart, Select extras, clock icon", () => {
    const widget = {
      type: "Card",
      size: "md",
      status: { text: "Weekly report", icon: "clock" },
      confirm: { label: "Save", action: { type: "report.save", payload: null, handler: "server", loadingBehavior: "container", streaming: false } },
      children: [
        { type: "Transition", children: null },
        {
          type: "Chart",
          height: 180,
          xAxis: { dataKey: "day", labels: { mon: "Monday" } },
          showYAxis: true,
          data: [{ day: "mon", visits: 12, sales: 3 }, { day: "tue", visits: 9, sales: 5 }],
          series: [
            { type: "bar", dataKey: "visits", label: "Visits", stack: "a", color: "blue" },
            { type: "area", dataKey: "sales", curveType: "monotone", color: { light: "green-500", dark: "green-300" } },
            { type: "line", dataKey: "sales", curveType: "step" },
          ],
        },
        {
          type: "Form",
          onSubmitAction: { type: "prefs.save", handler: "client", loadingBehavior: "auto", streaming: true },
          children: [
            {
              type: "Select",
              name: "prefs.team",
              searchable: true,
              options: [
                { value: "a", label: "Alpha", description: "First team" },
                { value: "b", label: "Beta", disabled: true },
              ],
            },
            { type: "Checkbox", name: "prefs.notify", defaultChecked: true, label: "Notify me" },
            { type: "RadioGroup", name: "prefs.size", direction: "col", options: [{ label: "S", value: "s" }] },
            { type: "DatePicker", name: "prefs.start", min: "2024-01-01", defaultValue: "2024-01-31T00:00:00", side: "top" },
            { type: "Text", value: "Title", editable: { name: "prefs.title", required: true, autoFocus: true } },
            { type: "Icon", name: "lucide:calendar-days" },
            { type: "Button", submit: true, label: "Save", iconStart: "check" },
          ],
        },
      ],
    };
    const result = parseWidget(widget);
    expect(result.ok && result.warnings).toEqual([]);
    // Only the null props are gone.
    expect(result.ok && (result.widget as CardNode).confirm?.action).toEqual({
      type: "report.save",
      handler: "server",
      loadingBehavior: "container",
      streaming: false,
    });
  });

  it("@openai/chatkit ≥ 1.7: Table, Card.border, Basic root with a nested Card", () => {
    const widget = {
      type: "Basic",
      direction: "col",
      gap: 2,
      children: [
        {
          type: "Card",
          border: { top: 1, bottom: { size: 2, color: "subtle", style: "dashed" } },
          padding: { x: 4, y: "12px" },
          children: [
            {
              type: "Table",
              children: [
                { type: "Table.Row", header: true, children: [{ type: "Table.Cell", colSize: "sm", children: [{ type: "Caption", value: "Name" }] }] },
                {
                  type: "Table.Row",
                  children: [{ type: "Table.Cell", vAlign: "center", padding: { x: 2 }, children: [{ type: "Markdown", value: "**Ada**", streaming: true }] }],
                },
              ],
            },
          ],
        },
        { type: "Divider", flush: true, color: { light: "#eee", dark: "#333" } },
        { type: "Image", src: "https://example.com/a.png", fit: "contain", position: "top left", radius: "100%", aspectRatio: 1.5 },
      ],
    };
    const result = parseWidget(widget);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.widget).toEqual(widget);
  });
});
