import { describe, expect, it } from "vitest";
import {
  TemplateDataError,
  TemplateRenderError,
  WidgetFileError,
  WidgetValidationError,
  buildWidget,
  buildWidgetResult,
  decodeEncodedWidget,
  parseWidgetFile,
  widgetFileDefaultState,
  type WidgetFile,
} from "../../src/server/templates";
import { loadWidgetFile } from "../../src/server/templates/node";
import { corpusSamples } from "./corpus";

const samples = corpusSamples();
const sample = (name: string) => samples.find((candidate) => candidate.name === name)!;

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const textFile: WidgetFile = {
  version: "1.0",
  name: "Greeting",
  template: '{"type":"Card","children":[{"type":"Text","value":{{ (name) | tojson }}}]}',
  jsonSchema: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties: {
      name: { type: "string" },
      items: { type: "array", items: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
    },
    required: ["name"],
    additionalProperties: false,
  },
};

describe("parseWidgetFile", () => {
  it("accepts every corpus file", () => {
    for (const { text } of samples) expect(parseWidgetFile(text).version).toBe("1.0");
  });

  it("requires version 1.0 and a string template, naming the fields", () => {
    const error = thrown(() => parseWidgetFile({ version: "2.0", name: "x", template: 3 })) as WidgetFileError;
    expect(error).toBeInstanceOf(WidgetFileError);
    expect(error.issues.map((issue) => issue.path)).toEqual(["version", "template"]);
    expect(error.message).toContain('version: version must be "1.0"');
    expect(() => parseWidgetFile("{not json")).toThrow("not JSON");
  });

  it("decodes encodedWidget projects and raw Jinja", () => {
    const project = decodeEncodedWidget(parseWidgetFile(sample("cat_profile").text).encodedWidget!);
    expect(project.kind).toBe("project");
    const jinja = decodeEncodedWidget(parseWidgetFile(sample("meal_preferences").text).encodedWidget!);
    expect(jinja.kind).toBe("template");
    expect(jinja.kind === "template" && jinja.source.startsWith("{%- set option_list")).toBe(true);
    expect(widgetFileDefaultState(parseWidgetFile(sample("meal_preferences").text))).toBeUndefined();
    expect(decodeEncodedWidget("%%%").kind).toBe("unreadable");
  });

  it("loads files from disk with loadWidgetFile, naming the path on failure", async () => {
    const file = await loadWidgetFile(sample("cat_profile").path);
    expect(file.name).toBe(parseWidgetFile(sample("cat_profile").text).name);
    await expect(loadWidgetFile("/nonexistent/x.widget")).rejects.toThrow("/nonexistent/x.widget: cannot read (ENOENT)");
  });
});

describe("buildWidget", () => {
  it("fills the template and returns the typed root", () => {
    expect(buildWidget(textFile, { name: "Ada" })).toEqual({ type: "Card", children: [{ type: "Text", value: "Ada" }] });
  });

  it("checks data against jsonSchema first, naming the field", () => {
    const error = thrown(() => buildWidget(textFile, { name: "Ada", items: [{ name: 3 }, {}] })) as TemplateDataError;
    expect(error).toBeInstanceOf(TemplateDataError);
    expect(error.issues).toEqual([
      { path: "data.items[0].name", message: "must be string" },
      { path: "data.items[1].name", message: "is required" },
    ]);
    expect(error.message).toContain("data.items[0].name: must be string");
    expect((thrown(() => buildWidget(textFile, { name: "Ada", extra: 1 })) as TemplateDataError).issues).toEqual([
      { path: "data.extra", message: "is not allowed" },
    ]);
  });

  it("validates `format: uri` from Widget Builder schemas", () => {
    const file = parseWidgetFile(sample("cat_profile").text);
    const data = { ...widgetFileDefaultState(file)!, image_src: "not a url" };
    expect((thrown(() => buildWidget(file, data)) as TemplateDataError).issues[0].path).toBe("data.image_src");
  });

  it("skips the data check with validateData: false and then refuses at render time like Jinja2", () => {
    const error = thrown(() => buildWidget(textFile, {}, { validateData: false })) as TemplateRenderError;
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect(error.reason).toBe("undefined");
    expect(error.variable).toBe("name");
  });

  it("reports output that is not JSON, keeping the text", () => {
    const broken: WidgetFile = { version: "1.0", name: "Broken", template: '{"type":"Card",}' };
    const error = thrown(() => buildWidget(broken)) as TemplateRenderError;
    expect(error.reason).toBe("json");
    expect(error.rendered).toBe('{"type":"Card",}');
  });

  it("reports templates that do not parse as syntax failures", () => {
    const error = thrown(() => buildWidget({ version: "1.0", name: "Bad", template: "{{ x " })) as TemplateRenderError;
    expect(error.reason).toBe("syntax");
  });

  it("rejects rendered JSON that is not a widget, with schema issues", () => {
    const file: WidgetFile = { version: "1.0", name: "NotAWidget", template: '{"type":"Text","value":"x"}' };
    const error = thrown(() => buildWidget(file)) as WidgetValidationError;
    expect(error).toBeInstanceOf(WidgetValidationError);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.message).toContain("NotAWidget");
  });

  it("accepts the file text directly and reports warnings separately", () => {
    const { widget, rendered } = buildWidgetResult(sample("cat_profile").text, widgetFileDefaultState(parseWidgetFile(sample("cat_profile").text)));
    expect(widget.type).toBe("Card");
    expect(rendered.startsWith('{"type":"Card","size":"sm"')).toBe(true);
  });
});

// These two have no Widget Builder state; the data below follows their jsonSchema.
describe("samples without a reference rendering", () => {
  const options = [
    { id: "f1", from_airport: "SFO", to_airport: "JFK", dep_time: "8:00", arr_time: "16:30", date_label: "Mon", cabin: "Economy" },
    { id: "f2", from_airport: "SFO", to_airport: "JFK", dep_time: "12:00", arr_time: "20:30", date_label: "Mon", cabin: "Business" },
  ];

  it("flight_options: one item per option, the selected one without an action", () => {
    const file = parseWidgetFile(sample("flight_options").text);
    const request = { origin: "SFO", destination: "JFK", depart_date: "2025-02-03", return_date: "2025-02-10", cabin: "economy" };
    const data = { options, selectedId: "f2", request, actionType: "flight.select", leg: "outbound" };
    const { widget, rendered } = buildWidgetResult(file, data);
    expect(widget.type).toBe("ListView");
    const items = (widget as { children: { key: string; onClickAction?: { payload: Record<string, unknown> } }[] }).children;
    expect(items.map((item) => item.key)).toEqual(["f1", "f2"]);
    expect(items[0].onClickAction?.payload).toEqual({ id: "f1", options, request, leg: "outbound" });
    expect(items[1].onClickAction).toBeUndefined();
    // `{%- if not loop.last %},{%- endif %}` separates items: exactly one comma between the two.
    expect(rendered.match(/}\s*,\s*{\s*"type": "ListViewItem"/g)).toHaveLength(1);
  });

  it("meal_preferences: selected option checked, actions removed once chosen", () => {
    const file = parseWidgetFile(sample("meal_preferences").text);
    const meals = [
      { value: "veg", label: "Vegetarian" },
      { value: "fish", label: "Fish" },
    ];
    const open = buildWidget(file, { options: meals, actionType: "meal.pick" }) as { children: { onClickAction?: unknown }[] };
    expect(open.children.map((item) => item.onClickAction)).toEqual([
      { type: "meal.pick", handler: "server", payload: { meal: "veg" } },
      { type: "meal.pick", handler: "server", payload: { meal: "fish" } },
    ]);
    const chosen = JSON.stringify(buildWidget(file, { options: meals, actionType: "meal.pick", selected: "fish" }));
    expect(chosen).not.toContain("onClickAction");
    expect(chosen.match(/"name":"check"/g)).toHaveLength(1);
  });
});
