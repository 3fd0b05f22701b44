// What the renderer draws and dispatches for widgets outside the letter of the vocabulary but with a plain
// intent (docs/schema.md, "Leniency"): nested roots, plain-intent scalars, missing required props.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetDevWarnings } from "../../src/actions";
import { WidgetRenderer } from "../../src/renderer";
import type { ParseWidgetResult } from "../../src/schema";
import { ALL_NODE_SPECS } from "../schema/helpers";
import type { ObjectSpecData, ValueSpec } from "../../src/schema/spec";
import { cardInCardChart, cardWithList, checkboxChoices, nestedRoots, plainIntentScalars } from "../../stories/widgets/lenientWidgets";
import "../jsdomResizeObserver";


afterEach(() => {
  cleanup();
  resetDevWarnings();
  vi.restoreAllMocks();
});

const errorCards = (container: HTMLElement) => container.querySelectorAll(".cw-error-card");

function renderWidget(widget: unknown, props: Partial<Parameters<typeof WidgetRenderer>[0]> = {}) {
  const validations: ParseWidgetResult[] = [];
  const view = render(<WidgetRenderer widget={widget} item={{ id: "msg_1" }} onValidation={(result) => validations.push(result)} {...props} />);
  const warnings = () => validations.flatMap((result) => result.warnings.map((issue) => `${issue.path}: ${issue.message}`));
  return { ...view, validations, warnings };
}

describe("roots nested in containers", () => {
  it("draws Card > ListView as a list inside the card; its row dispatches", async () => {
    const onServerAction = vi.fn();
    const { container, warnings } = renderWidget(cardWithList, { onServerAction });
    expect(errorCards(container)).toHaveLength(0);
    expect(warnings()).toEqual([
      'children[0]: "ListView" is a root node nested in a component (drawn as a nested list)',
      'children[0].children[0].children[0].name: Unknown icon name "chevron-down" (renders nothing)',
    ]);
    const list = container.querySelector(".cw-card > .cw-card__surface > .cw-card__body > .cw-list-view")!;
    expect(list).not.toBeNull();
    const rows = list.querySelectorAll(":scope .cw-list-view__item");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toBe("Release notes");
    // Markdown loads its renderer lazily; the body row ends up with the formatted text.
    await waitFor(() => expect(rows[1]!.querySelector("strong")?.textContent).toBe("two"), { timeout: 5000 });
    expect(rows[1]!.textContent).toBe("Fixed two bugs.");
    await userEvent.setup().click(screen.getByRole("button", { name: "Release notes" }));
    expect(onServerAction).toHaveBeenCalledTimes(1);
    expect(onServerAction.mock.calls[0]![0]).toEqual({ type: "twistie.toggle" });
  });

  it("draws Card > Card > Col > Chart: the inner card inside the outer one, a 180px chart of three series", () => {
    const { container, warnings } = renderWidget(cardInCardChart);
    expect(errorCards(container)).toHaveLength(0);
    expect(warnings()).toEqual(['children[0]: "Card" is a root node nested in a component (drawn as a nested card)']);
    const outer = container.querySelector(".cw-widget > .cw-card")!;
    expect(outer.getAttribute("data-size")).toBe("full");
    const inner = outer.querySelector(".cw-card__body > .cw-card")!;
    expect(inner).not.toBeNull();
    // No size of its own: the nested card fills the outer one (CSS keys on the absence of data-size-set).
    expect(inner.hasAttribute("data-size-set")).toBe(false);
    expect(inner.querySelector(".cw-card__surface")).not.toBeNull();
    const chart = within(inner as HTMLElement).getByRole("figure");
    expect(chart.getAttribute("aria-label")).toBe("Chart of Revenue, Expenses, Net income");
    expect(chart.style.height).toBe("180px");
  });

  it("keeps a nested list's limit and Show more, and draws a card inside a list row", async () => {
    const { container, warnings } = renderWidget(nestedRoots);
    expect(errorCards(container)).toHaveLength(0);
    expect(warnings()).toEqual([
      'children[1].children[0]: "ListView" is a root node nested in a component (drawn as a nested list)',
      'children[2]: "ListView" is a root node nested in a component (drawn as a nested list)',
      'children[2].children[0].children[0]: "Card" is a root node nested in a component (drawn as a nested card)',
    ]);
    const [limited] = container.querySelectorAll(".cw-card__body .cw-list-view");
    expect(Array.from(limited!.querySelectorAll(".cw-list-view__item"), (row) => row.textContent)).toEqual(["Oak table", "Lamp"]);
    await userEvent.setup().click(within(limited as HTMLElement).getByRole("button", { name: "Show more" }));
    expect(Array.from(limited!.querySelectorAll(".cw-list-view__item"), (row) => row.textContent)).toEqual(["Oak table", "Lamp", "Rug", "Chair"]);
    expect(container.querySelector(".cw-list-view__item .cw-card")!.textContent).toBe("Card in a row");
  });
});

describe("scalars whose intent is plain", () => {
  it('submits checkboxes with defaultChecked "true" as checked: {choices: {opt1: true, opt2: true, opt3: false}}', async () => {
    const onAction = vi.fn();
    const { warnings } = renderWidget(checkboxChoices, { onAction });
    expect(warnings()).toEqual(['children[0].children[1].defaultChecked: Expected boolean, received "true" (read as true)']);
    expect(screen.getByRole("checkbox", { name: "Option 2" }).getAttribute("aria-checked")).toBe("true");
    await userEvent.setup().click(screen.getByRole("button", { name: "Apply" }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "multi.apply", payload: { choices: { opt1: true, opt2: true, opt3: false } } });
  });

  it("draws numbers and booleans where text is typed as text, and omitted props as empty", () => {
    const { container, warnings } = renderWidget(plainIntentScalars);
    expect(errorCards(container)).toHaveLength(0);
    expect(warnings()).toEqual([
      'children[0].value: Expected string, received 2026 (read as "2026")',
      'children[1].children[0].value: Expected string, received 52 (read as "52")',
      'children[1].children[1].label: Expected string, received 3 (read as "3")',
      'children[1].children[2].value: Expected string, received true (read as "true")',
      'children[2].options[0].label: Expected string, received 1 (read as "1")',
      'children[2].options[1].label: Expected string, received 2 (read as "2")',
      "children[3].value: Required (drawn empty)",
      "children[4].name: Required (drawn; adds nothing to the form values)",
      "children[5].label: Required, or iconStart/iconEnd for an icon-only button (drawn as an empty button)",
    ]);
    expect(screen.getByRole("heading", { name: "2026" })).toBeTruthy();
    expect(screen.getByText("52")).toBeTruthy();
    expect(container.querySelector(".cw-badge")!.textContent).toBe("3");
    expect(screen.getByText("true")).toBeTruthy();
    expect(screen.getByRole("radio", { name: "2" }).getAttribute("aria-checked")).toBe("true");
    expect(screen.getByPlaceholderText("No name")).toBeTruthy();
    expect(container.querySelectorAll(".cw-card__body > .cw-button")).toHaveLength(1);
  });

  it("adds nothing to the form values from a control without name", async () => {
    const onAction = vi.fn();
    renderWidget(
      {
        type: "Card",
        asForm: true,
        confirm: { label: "Send", action: { type: "send", handler: "client", payload: { id: 1 } } },
        children: [
          { type: "Input", placeholder: "Unnamed", defaultValue: "lost" },
          { type: "Checkbox", label: "Unnamed box", defaultChecked: true },
          { type: "Input", name: "toString", defaultValue: "kept" },
        ],
      },
      { onAction },
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Send" }));
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "send", payload: { id: 1, toString: "kept" } });
  });
});

describe("form fields named like Object.prototype members", () => {
  it("sends toString, valueOf and hasOwnProperty as ordinary fields, without a collision", async () => {
    const onAction = vi.fn();
    const onError = vi.fn();
    const { container } = renderWidget(
      {
        type: "Card",
        children: [
          {
            type: "Form",
            onSubmitAction: { type: "fields.save", handler: "client", payload: { id: 7 } },
            children: [
              { type: "Input", name: "toString", defaultValue: "a" },
              { type: "Input", name: "valueOf", defaultValue: "b" },
              { type: "Input", name: "hasOwnProperty", defaultValue: "c" },
            ],
          },
        ],
      },
      { onAction, onError },
    );
    await act(async () => {
      fireEvent.submit(container.querySelector("form")!);
    });
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "fields.save", payload: { id: 7, toString: "a", valueOf: "b", hasOwnProperty: "c" } });
    expect(onError).not.toHaveBeenCalled();
  });
});

// Every required prop of every node type, left out, still draws: no error card, no thrown view. Built from the
// generated specs, so a required prop added to a schema is covered without touching this test.
describe("every required prop, missing", () => {
  const sample = (spec: ValueSpec): unknown => {
    if (spec === "string" || spec === "icon") return "x";
    if (spec === "number") return 1;
    if (spec === "boolean") return true;
    if (spec === "action") return { type: "go" };
    if (spec === "cardAction") return { label: "Go", action: { type: "go" } };
    if (spec === "unknown") return null;
    if ("enum" in spec) return spec.enum[0];
    if ("anyOf" in spec) return sample(spec.anyOf[0]!);
    if ("array" in spec) return [];
    if ("record" in spec) return {};
    return minimal(spec);
  };
  const minimal = (spec: ObjectSpecData) => Object.fromEntries(spec.required.map((key) => [key, sample(spec.object[key]!)]));
  const cases = ALL_NODE_SPECS.flatMap((node) => [
    ...node.props.required.map((prop) => [node.type, prop] as const),
    ...(node.children?.required ? [[node.type, "children"] as const] : []),
  ]);

  it("covers the vocabulary", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s without %s", (type, prop) => {
    const spec = ALL_NODE_SPECS.find((node) => node.type === type)!;
    const node: Record<string, unknown> = { type, ...minimal(spec.props) };
    if (spec.children?.required) node.children = [];
    if (type === "Table.Cell") node.children = [];
    delete node[prop];
    const widget =
      spec.category === "root"
        ? node
        : spec.category === "listViewItem"
          ? { type: "ListView", children: [node] }
          : type === "Table.Row"
            ? { type: "Card", children: [{ type: "Table", children: [node] }] }
            : { type: "Card", children: [node] };
    const consoleError = vi.spyOn(console, "error");
    const { container, validations } = renderWidget(widget);
    expect(validations.at(-1)!.ok).toBe(true);
    expect(errorCards(container)).toHaveLength(0);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
