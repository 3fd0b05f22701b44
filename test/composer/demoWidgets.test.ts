import { describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { ARTICLES, articleListWidget, entityPreviewWidget, LINES, lineSelectWidget } from "../../stories/composer/demoWidgets";

// The chat demo's widgets are typed by hand; the schema is what decides whether they render as intended.
describe("chat demo widgets", () => {
  it.each([
    ["article list", articleListWidget(ARTICLES)],
    ["line selector", lineSelectWidget(LINES, null)],
    ["line selector with a selection", lineSelectWidget(LINES, "purple")],
    ["entity preview", entityPreviewWidget("Alice Martin", "Editor")],
  ])("%s is valid without warnings", (_name, widget) => {
    const result = parseWidget(JSON.parse(JSON.stringify(widget)));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
