import { describe, expect, it } from "vitest";
import {
  TemplateRenderError,
  buildWidgetResult,
  parseWidgetFile,
  renderWidgetTemplate,
  widgetFileDefaultState,
} from "../../src/server/templates";
import { parseWidget } from "../../src/schema";
import { corpusSamples } from "./corpus";

const samples = corpusSamples();
const withRendering = samples.filter((sample) => sample.reference && "rendered" in sample.reference);
const withRefusal = samples.filter((sample) => sample.reference && "error" in sample.reference);
const withoutReference = samples.filter((sample) => !sample.reference);

describe("corpus", () => {
  it("holds the nine samples, six reference renderings and one refusal", () => {
    expect(samples).toHaveLength(9);
    expect(withRendering).toHaveLength(6);
    expect(withRefusal.map((sample) => sample.name)).toEqual(["line_select"]);
    expect(withoutReference.map((sample) => sample.name)).toEqual(["flight_options", "meal_preferences"]);
  });

  // The references store parsed JSON, so whitespace outside strings cannot be compared; comparing the
  // re-serialised JSON checks values, types and key order (Jinja2's tojson sorts keys: event_list).
  describe.each(withRendering)("$name reproduces the Jinja2 rendering", ({ text, reference }) => {
    const expected = reference as { data: Record<string, unknown>; rendered: unknown };
    const file = parseWidgetFile(text);

    it("uses the reference data as the file's defaultState", () => {
      expect(widgetFileDefaultState(file)).toEqual(expected.data);
    });

    it("renders the same JSON, key order included", () => {
      const rendered = JSON.parse(renderWidgetTemplate(file, expected.data));
      expect(rendered).toEqual(expected.rendered);
      expect(JSON.stringify(rendered)).toBe(JSON.stringify(expected.rendered));
    });

    it("builds the widget root that the reference JSON parses to", () => {
      const reference = parseWidget(expected.rendered);
      expect(reference.ok).toBe(true);
      const { widget } = buildWidgetResult(file, expected.data);
      expect(widget).toEqual(reference.ok && reference.widget);
    });
  });

  it("refuses line_select's defaultState, naming the missing item.name", () => {
    const sample = withRefusal[0];
    const file = parseWidgetFile(sample.text);
    const data = widgetFileDefaultState(file)!;
    expect(data).toEqual(sample.reference!.data);
    // The data matches the jsonSchema (items have `label`); the template reads `item.name`.
    let caught: unknown;
    try {
      buildWidgetResult(file, data);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TemplateRenderError);
    const error = caught as TemplateRenderError;
    expect(error.reason).toBe("undefined");
    expect(error.variable).toBe("item.name");
    expect(error.message).toContain("'item.name' is undefined");
    expect(error.message).toContain(`"${file.name}"`);
  });

  describe.each(samples)("$name", ({ text }) => {
    it("has a valid outputJsonPreview", () => {
      const file = parseWidgetFile(text);
      const result = parseWidget(file.outputJsonPreview);
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  });
});
