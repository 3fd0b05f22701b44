// Runs after every story test (also with VISUAL=0): every control a person can reach in the story — in the story
// root and in any popover it left open — has an accessible name, and that name is not a raw form-field name
// (`meeting.length`, `zip`): a field is named by its Label, its label, aria-label or placeholder, never by the key
// its value is submitted under. Names follow the W3C accessible-name computation (dom-accessibility-api, as `getByRole` in play functions sees them),
// with the placeholder fallback that browsers apply to text fields.
// Opt a story out with `parameters: { names: { test: "off" } }` and write the reason next to it.
import { afterEach, expect } from "vitest";
import { computeAccessibleName, getRole, isInaccessible } from "dom-accessibility-api";

/** Roles a person operates: each needs a name. */
const CONTROL_ROLES = new Set([
  "button",
  "checkbox",
  "combobox",
  "link",
  "menuitem",
  "menuitemcheckbox",
  "menuitemradio",
  "option",
  "radio",
  "searchbox",
  "slider",
  "spinbutton",
  "switch",
  "tab",
  "textbox",
  "treeitem",
]);
/** Groups of controls: a name is optional, but a raw field name is not a name. */
const GROUP_ROLES = new Set(["radiogroup", "listbox", "menu", "tablist", "group"]);

interface StoryContextLike {
  id: string;
  parameters?: { names?: { test?: string } };
}

/** Problems of the controls under `scopes`: "role "name" — why", one per control. */
export function unnamedControls(scopes: Element[]): string[] {
  const problems: string[] = [];
  const fieldNames = new Set<string>();
  for (const scope of scopes)
    for (const field of scope.querySelectorAll("[name]")) {
      const name = field.getAttribute("name");
      if (name) fieldNames.add(name);
    }
  for (const scope of scopes) {
    for (const element of [scope, ...scope.querySelectorAll("*")]) {
      const role = getRole(element);
      if (!role || (!CONTROL_ROLES.has(role) && !GROUP_ROLES.has(role))) continue;
      if (isInaccessible(element)) continue;
      let name = computeAccessibleName(element).trim();
      if (name === "" && element.matches("input, textarea")) name = element.getAttribute("placeholder")?.trim() ?? "";
      const where = `${role} ${element.outerHTML.slice(0, 160)}`;
      if (fieldNames.has(name)) problems.push(`${where} — named by the raw field name "${name}"`);
      else if (name === "" && CONTROL_ROLES.has(role)) problems.push(`${where} — has no accessible name`);
    }
  }
  return problems;
}

afterEach((ctx) => {
  const story = (ctx as unknown as { story?: StoryContextLike }).story;
  if (!story || ctx.task.result?.state === "fail") return;
  if (story.parameters?.names?.test === "off") return;
  const root = document.querySelector('[data-testid="story-root"]');
  if (!root) return;
  const popovers = [...document.querySelectorAll("[data-radix-popper-content-wrapper]")].filter((popover) => !root.contains(popover));
  expect(unnamedControls([root, ...popovers]), `controls without a real accessible name in ${story.id}`).toEqual([]);
});
