// Every wild widget (other people's JSON, kept as written) parses without errors and renders without an error card.
// These assert the clean result DESIGN.md "Leniency" asks for; which of them still fail, and why, is recorded in
// stories/widgets/wild/README.md.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { WidgetRenderer } from "../../src/renderer";
import { wildWidgetFiles, wildWidgets } from "../../stories/widgets/wildWidgets";
import "../jsdomResizeObserver";

afterEach(cleanup);


const cases = wildWidgets.map((widget) => [widget.name, widget] as const);

describe("wild widget gallery", () => {
  it("has at least 30 widgets written by other people, each file in the manifest with a source", () => {
    expect(wildWidgets.filter((widget) => !widget.name.startsWith("issue-")).length).toBeGreaterThanOrEqual(30);
    expect([...wildWidgetFiles].sort()).toEqual(wildWidgets.map((widget) => widget.file).sort());
    for (const widget of wildWidgets) {
      expect(widget.source.url, widget.name).toMatch(/\S/);
      expect(widget.licence, widget.name).toMatch(/\S/);
      expect(widget.form, widget.name).toMatch(/\S/);
    }
  });

  it.each(cases)("%s parses without errors", (_name, { widget }) => {
    const result = parseWidget(widget);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([]);
  });

  it.each(cases)("%s renders without an error card", (_name, { widget }) => {
    const { container } = render(<WidgetRenderer widget={widget} item={{ id: "msg_wild" }} onError={() => {}} />);
    const cards = [...container.querySelectorAll<HTMLElement>(".cw-error-card")];
    expect(cards.map((card) => `${card.dataset.path}: ${card.textContent}`)).toEqual([]);
    expect(container.querySelector(".cw-widget")).not.toBeNull();
  });
});
