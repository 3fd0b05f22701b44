import { describe, expect, it } from "vitest";
import { actionTypeWords, collectFormValues, mergeFormValues, setPath } from "../../src/actions";

function formFrom(html: string): HTMLFormElement {
  const form = document.createElement("form");
  form.innerHTML = html;
  return form;
}

describe("collectFormValues", () => {
  it("reads every kind of native control, nesting dot paths", () => {
    const form = formFrom(`
      <input name="todo.title" value="Milk">
      <textarea name="todo.notes">2 litres</textarea>
      <input type="checkbox" name="todo.urgent" checked>
      <input type="checkbox" name="todo.done">
      <input type="radio" name="size" value="s"><input type="radio" name="size" value="m" checked>
      <input type="radio" name="colour" value="red">
      <select name="list"><option value="home">Home</option><option value="work" selected>Work</option></select>
      <select name="tags" multiple><option value="a" selected>a</option><option value="b">b</option><option value="c" selected>c</option></select>
      <input type="hidden" name="due" value="2026-01-31">
      <input name="skipped" value="x" disabled>
      <input value="unnamed">
      <button name="submitter" value="go">Go</button>
    `);
    expect(collectFormValues(form)).toEqual({
      todo: { title: "Milk", notes: "2 litres", urgent: true, done: false },
      size: "m",
      colour: null,
      list: "work",
      tags: ["a", "c"],
      due: "2026-01-31",
    });
  });

  it("treats names like Object.prototype members (toString, valueOf, hasOwnProperty) as ordinary fields", () => {
    const form = formFrom(`
      <input name="toString" value="a">
      <input name="valueOf" value="b">
      <input name="hasOwnProperty" value="c">
      <input name="meta.toString" value="d">
      <input type="radio" name="isPrototypeOf" value="x">
      <input type="checkbox" name="propertyIsEnumerable" checked>
    `);
    const values = collectFormValues(form);
    expect(values).toEqual({
      toString: "a",
      valueOf: "b",
      hasOwnProperty: "c",
      meta: { toString: "d" },
      isPrototypeOf: null,
      propertyIsEnumerable: true,
    });
    // Merged into a static payload they are added, not reported as collisions with inherited members.
    expect(mergeFormValues({ id: 1 }, values)).toEqual({ payload: { id: 1, ...values }, collisions: [] });
    expect(mergeFormValues({ toString: "static" }, { toString: "form" })).toEqual({
      payload: { toString: "static" },
      collisions: ["toString"],
    });
  });

  it("ignores names that would write through the prototype", () => {
    const target: Record<string, unknown> = {};
    setPath(target, "__proto__.polluted", true);
    setPath(target, "a.constructor.b", true);
    expect(target).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("mergeFormValues", () => {
  it("keeps static keys, merges nested objects and lists the collisions", () => {
    expect(mergeFormValues({ id: 1, todo: { id: "t", title: "static" } }, { id: 2, todo: { title: "x", notes: "y" }, extra: true })).toEqual({
      payload: { id: 1, todo: { id: "t", title: "static", notes: "y" }, extra: true },
      collisions: ["id", "todo.title"],
    });
  });

  it("works without a static payload", () => {
    expect(mergeFormValues(undefined, { a: 1 })).toEqual({ payload: { a: 1 }, collisions: [] });
  });
});

describe("actionTypeWords", () => {
  it.each([
    ["todo.delete", ["todo", "delete"]],
    ["deleteTodo", ["delete", "todo"]],
    ["select_item", ["select", "item"]],
    ["todo:open-details", ["todo", "open", "details"]],
  ])("splits %s", (type, words) => expect(actionTypeWords(type)).toEqual(words));
});
