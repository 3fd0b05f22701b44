// The nine ChatKit sample widgets parse, and broken copies of them fail at the exact path.
import { describe, expect, it } from "vitest";
import { isInvalidNode, parseWidget } from "../../src/schema";
import { corpusPreview, findNode, loadCorpus, nodeAt } from "./helpers";

const corpus = loadCorpus();

/** The warnings each sample produces today (all nine are otherwise clean). */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  "line_select.widget": ['of: Unknown prop "of" on ListView (kept, ignored by the renderer)'],
};

describe("corpus samples", () => {
  it("has the nine sample widgets", () => {
    expect(corpus.map((widget) => widget.file)).toHaveLength(9);
  });

  it.each(corpus.map((widget) => [widget.file, widget.preview] as const))("%s parses", (file, preview) => {
    const result = parseWidget(preview);
    if (!result.ok) throw new Error(result.summary);
    expect(result.warnings.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(EXPECTED_WARNINGS[file] ?? []);
    expect(result.widget.type).toBe(preview.type);
  });

  it("keeps every prop value of a clean sample unchanged (nulls read as absent)", () => {
    const preview = corpusPreview("cat_name_suggestions");
    const result = parseWidget(preview);
    expect(result.ok && result.widget).toEqual(preview);
  });

  it("drops null children (flight_options has `children: null` on a Box)", () => {
    const preview = corpusPreview("flight_options");
    const { path } = findNode(preview, (node) => node.type === "Box" && node.children === null);
    const result = parseWidget(preview);
    expect(result.ok).toBe(true);
    expect(nodeAt(result.ok && result.widget, path)).not.toHaveProperty("children");
  });
});

describe("broken corpus samples name the exact path", () => {
  it("a Button without label (and without icon) is drawn empty with a warning at its label; strict mode refuses it", () => {
    const preview = corpusPreview("event_list");
    const { node, path } = findNode(preview, (candidate) => candidate.type === "Button");
    delete node.label;
    const message = "Required, or iconStart/iconEnd for an icon-only button (drawn as an empty button)";
    expect(path).toBe("children[1].children[0].children[0].children[0].children[2]");
    const lenient = parseWidget(preview);
    if (!lenient.ok) throw new Error(lenient.summary);
    expect(lenient.warnings).toEqual([{ path: `${path}.label`, message, severity: "warning" }]);
    const result = parseWidget(preview, { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: `${path}.label`, message, severity: "error" }]);
    expect(result.summary).toBe(`1 error: ${path}.label: ${message}`);
    // Only that Button is replaced; its siblings survive.
    const invalid = nodeAt(result.partial, path);
    expect(isInvalidNode(invalid)).toBe(true);
    expect(invalid).toMatchObject({ path, raw: node });
    expect(nodeAt(result.partial, path.replace(/\[2\]$/, "[0]"))).toMatchObject({ type: "Text", value: "8:00 AM" });
  });

  it("a Button without label but with an icon is an icon-only button", () => {
    const preview = corpusPreview("cat_name_suggestions");
    const { node } = findNode(preview, (candidate) => candidate.type === "Button");
    expect(node.iconEnd).toBe("sparkle");
    delete node.label;
    expect(parseWidget(preview).ok).toBe(true);
  });

  it("a bad Card size is dropped with a warning, and an error in strict mode", () => {
    const preview = corpusPreview("cat_profile");
    expect(preview.type).toBe("Card");
    preview.size = "huge";
    const lenient = parseWidget(preview);
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings).toEqual([
      { path: "size", message: 'Expected one of "sm" | "md" | "lg" | "full", received "huge"', severity: "warning" },
    ]);
    expect(lenient.ok && lenient.widget).not.toHaveProperty("size");

    const strict = parseWidget(preview, { strict: true });
    expect(strict.ok).toBe(false);
    if (strict.ok) return;
    expect(strict.issues).toEqual([{ ...lenient.warnings[0], severity: "error" }]);
    expect(strict.warnings).toEqual([]);
    expect(isInvalidNode(strict.partial)).toBe(true);
  });

  it("non-array children are an error on that node only", () => {
    const preview = corpusPreview("flight_options");
    const { node, path } = findNode(preview, (candidate) => candidate.type === "Col");
    node.children = { type: "Text", value: "not in an array" };
    const result = parseWidget(preview);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: `${path}.children`, message: "Expected array, received object", severity: "error" }]);
    expect(isInvalidNode(nodeAt(result.partial, path))).toBe(true);
    // The other two flight options are untouched.
    expect(nodeAt(result.partial, "children[1]")).toMatchObject({ type: "ListViewItem", key: "flight-midday" });
  });

  it("an unknown type deep inside a ListView is an error at its type", () => {
    const preview = corpusPreview("flight_options");
    const { node, path } = findNode(preview, (candidate) => candidate.type === "Badge");
    node.type = "Sparkline";
    const result = parseWidget(preview);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(path).toBe("children[0].children[0].children[0].children[1].children[0].children[2]");
    expect(result.issues).toEqual([{ path: `${path}.type`, message: 'Unknown component type "Sparkline"', severity: "error" }]);
    expect(result.summary).toBe(`1 error: ${path}.type: Unknown component type "Sparkline"`);
    expect(nodeAt(result.partial, path)).toMatchObject({ type: "$invalid", path });
    expect(nodeAt(result.partial, path.replace(/\[2\]$/, "[0]"))).toMatchObject({ type: "Title", value: "SFO → JFK" });
  });

  it("an action without type is dropped with a warning (it could never dispatch)", () => {
    const preview = corpusPreview("line_select");
    const item = (preview.children as Array<Record<string, Record<string, unknown>>>)[1]!;
    delete item.onClickAction!.type;
    const result = parseWidget(preview);
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual({ path: "children[1].onClickAction.type", message: "Required", severity: "warning" });
    expect(nodeAt(result.ok && result.widget, "children[1]")).not.toHaveProperty("onClickAction");

    const strict = parseWidget(preview, { strict: true });
    expect(strict.ok).toBe(false);
    if (strict.ok) return;
    expect(strict.summary).toBe(
      '2 errors: of: Unknown prop "of" on ListView (kept, ignored by the renderer); children[1].onClickAction.type: Required',
    );
  });
});
