import { afterEach, describe, expect, it, vi } from "vitest";

// The first render loads React, the renderer and jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
import { useState } from "react";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WidgetRenderer } from "../../src/renderer";
import { Label } from "../../src/components/Label";
import { Input } from "../../src/components/Input";
import { formCard } from "../../stories/widgets/typicalWidgets";
import "../jsdomResizeObserver";

afterEach(cleanup);

const card = (...children: unknown[]) => ({ type: "Card", children });

/** Every control kind, each with a Label naming it by field name. */
const CONTROLS = [
  { role: "textbox", node: { type: "Input", name: "trip.city" } },
  { role: "textbox", node: { type: "Textarea", name: "trip.notes" } },
  { role: "combobox", node: { type: "Select", name: "trip.class", options: [{ value: "eco", label: "Economy" }] } },
  { role: "button", node: { type: "DatePicker", name: "trip.day", defaultValue: "2026-05-14" } },
  { role: "checkbox", node: { type: "Checkbox", name: "trip.insured" } },
  { role: "radiogroup", node: { type: "RadioGroup", name: "trip.seat", options: [{ value: "a", label: "Aisle" }, { value: "w", label: "Window" }] } },
] as const;

/** The element an `aria-labelledby` / `htmlFor` id list points at, requiring every id to exist. */
function byIds(list: string | null): HTMLElement[] {
  expect(list, "an id list").toBeTruthy();
  return list!.split(/\s+/).map((id) => {
    const element = document.getElementById(id);
    expect(element, `element #${id}`).not.toBeNull();
    return element!;
  });
}

describe("a Label names the control whose name is its fieldName", () => {
  it.each(CONTROLS)("$node.type: labelled before the control, with ids that exist", ({ role, node }) => {
    render(<WidgetRenderer widget={card({ type: "Label", value: "Trip detail", fieldName: node.name }, node)} />);
    const control = screen.getByRole(role, { name: /^Trip detail/ });
    const label = screen.getByText("Trip detail");
    expect(byIds(control.getAttribute("aria-labelledby"))).toContain(label);
    // A labelable control is also the label's `for` (clicking the label reaches it); that id exists too.
    if (control.matches("input, textarea, button")) expect(byIds(label.getAttribute("for"))).toEqual([control]);
  });

  it.each(CONTROLS)("$node.type: labelled after the control, in a Row, and never named by its field name", ({ role, node }) => {
    render(
      <WidgetRenderer widget={card({ type: "Row", children: [node, { type: "Label", value: "Trip detail", fieldName: node.name }] })} />,
    );
    const control = screen.getByRole(role, { name: /^Trip detail/ });
    expect(control.getAttribute("aria-label") ?? "").not.toContain(node.name);
  });

  it("the typical form card names its Length select, Date picker and Title field by their visible labels", () => {
    render(<WidgetRenderer widget={formCard} />);
    expect(screen.getByRole("combobox", { name: "Length" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Title" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Date \S/ })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Notify attendees" })).toBeTruthy();
  });

  it("pairs within the nearest form: two forms with the same field name keep their own labels", () => {
    const form = (value: string) => ({
      type: "Form",
      onSubmitAction: { type: "save", handler: "client" },
      children: [{ type: "Label", value, fieldName: "email" }, { type: "Input", name: "email" }],
    });
    render(<WidgetRenderer widget={card(form("Work email"), form("Home email"))} />);
    expect(screen.getByRole("textbox", { name: "Work email" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Home email" })).toBeTruthy();
  });

  it("a control that appears after its label (lazy, conditional) is labelled when it arrives", () => {
    function Later() {
      const [shown, setShown] = useState(false);
      return (
        <>
          <Label value="Coupon" fieldName="coupon" />
          <button type="button" onClick={() => setShown(true)}>
            show
          </button>
          {shown ? <Input name="coupon" /> : null}
        </>
      );
    }
    render(<Later />);
    act(() => screen.getByText("show").click());
    expect(screen.getByRole("textbox", { name: "Coupon" })).toBeTruthy();
  });
});

describe("a control without a Label is named by ariaLabel, label or placeholder, never by its field name", () => {
  it.each([
    [{ type: "Select", name: "meeting.length", placeholder: "Length", options: [{ value: "1", label: "One" }] }, "combobox", "Length"],
    [{ type: "Select", name: "meeting.length", options: [{ value: "1", label: "One" }] }, "combobox", "Select…"],
    [{ type: "Checkbox", name: "meeting.notify", label: "Notify" }, "checkbox", "Notify"],
    [{ type: "RadioGroup", name: "meeting.kind", ariaLabel: "Kind", options: [{ value: "a", label: "A" }] }, "radiogroup", "Kind"],
    [{ type: "DatePicker", name: "meeting.date" }, "button", "Date: Select date"],
  ] as const)("%o", (node, role, name) => {
    render(<WidgetRenderer widget={card(node)} />);
    expect(screen.getByRole(role, { name })).toBeTruthy();
  });

  it.each([
    { type: "Checkbox", name: "meeting.notify" },
    { type: "RadioGroup", name: "meeting.kind", options: [{ value: "a", label: "A" }] },
  ])("$type with nothing to be named by gets no name rather than its field name", (node) => {
    const { container } = render(<WidgetRenderer widget={card(node)} />);
    for (const element of container.querySelectorAll("[aria-label]")) expect(element.getAttribute("aria-label")).not.toBe(node.name);
  });
});

describe("a field that fails its pattern is marked invalid and described by a visible message", () => {
  it.each([
    ["Input", { type: "Input", name: "zip", pattern: "[0-9]{5}", placeholder: "ZIP" }],
    ["Textarea", { type: "Textarea", name: "zip", pattern: "[0-9]{5}", placeholder: "ZIP" }],
  ])("%s: after the user leaves it, until the value matches", async (_kind, node) => {
    const user = userEvent.setup();
    render(<WidgetRenderer widget={card(node, { type: "Button", label: "Next" })} />);
    const field = screen.getByPlaceholderText("ZIP");
    await user.type(field, "12a");
    // Not while typing the first time: only once the user leaves the field.
    expect(field.getAttribute("aria-invalid")).toBeNull();
    await user.tab();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    const [message] = byIds(field.getAttribute("aria-describedby"));
    // The browser's own message (jsdom: "Constraints not satisfied"; Chromium: "Please match the requested format.").
    expect(message!.textContent).toBe((field as HTMLInputElement).validationMessage);
    expect(message!.textContent).not.toBe("");
    await user.clear(field);
    await user.type(field, "75001");
    expect(field.getAttribute("aria-invalid")).toBeNull();
    expect(field.getAttribute("aria-describedby")).toBeNull();
    expect(document.querySelector(".cw-field-message")).toBeNull();
  });

  it("shows the message when a submit is blocked by the field", () => {
    render(<WidgetRenderer widget={card({ type: "Input", name: "zip", pattern: "[0-9]{5}", defaultValue: "abc", placeholder: "ZIP" })} />);
    const field = screen.getByPlaceholderText("ZIP");
    fireEvent.invalid(field);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(byIds(field.getAttribute("aria-describedby"))[0]!.className).toBe("cw-field-message");
  });
});
