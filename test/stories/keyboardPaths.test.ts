// Every interactive story file has a keyboard-only path: its play functions reach controls with Tab and operate
// them with keys (stories/keyboard.ts: tabTo / tabToRole / tabThrough, press), checking that focus never falls to
// the page. "Interactive" is read from the source: a play that operates something (userEvent, fireEvent), a
// story of an interactive component, or any story of the composer, actions, templates and widget galleries.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const storiesDir = path.join(root, "stories");

function storyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return storyFiles(full);
    return entry.name.endsWith(".stories.tsx") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(storiesDir, file).split(path.sep).join("/");

/** Components whose stories show controls a keyboard user operates. */
const INTERACTIVE_COMPONENTS = ["Button", "Checkbox", "DatePicker", "Form", "Input", "ListView", "ListViewItem", "RadioGroup", "Select", "Textarea", "Transition"];
/** Every story file under these folders (or this file) is interactive. */
const INTERACTIVE_PLACES = ["actions/", "composer/", "templates/", "widgets/", "Playground.stories.tsx"];

/** Interactive story files without a Tab path of their own, and why. */
const EXEMPT: Record<string, string> = {
  "components/Label.stories.tsx": "a Label is not a Tab stop: its story checks the mouse path (a click on the label focuses its field)",
  "components/Spacer.stories.tsx": "layout only: the buttons it lines up have no action",
  "composer/MentionList.stories.tsx": "the list is never a Tab stop; its keyboard path is the composer's combobox (Composer and Commands stories)",
  "security/Hostile.stories.tsx": "the button it presses belongs to the host page standing in for an app, not to the product",
};

const KEYBOARD_HELPERS = new Set(["tabTo", "tabToRole", "tabThrough"]);

/** Whether the source calls one of the keyboard helpers: a real call expression, not a comment or a string. */
function callsKeyboardHelper(source: string): boolean {
  const file = ts.createSourceFile("story.tsx", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && KEYBOARD_HELPERS.has(node.expression.text)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The file's own source and those of the local story modules it imports (e.g. a shared play in widgetFileStories.ts). */
function sourceWithLocalImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const local = [...text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)]
    .map((match) => path.resolve(path.dirname(file), match[1]!))
    .filter((target) => target.startsWith(storiesDir) && !target.endsWith("keyboard"))
    .flatMap((target) => [`${target}.ts`, `${target}.tsx`])
    .filter((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
  return [text, ...local.map((candidate) => readFileSync(candidate, "utf8"))];
}

function isInteractive(file: string): boolean {
  const name = relative(file);
  if (INTERACTIVE_PLACES.some((place) => name.startsWith(place) || name === place)) return true;
  const text = readFileSync(file, "utf8");
  if (/\b(userEvent|fireEvent)\.\w+\(/.test(text)) return true;
  return INTERACTIVE_COMPONENTS.some((component) => text.includes(`src/components/${component}"`));
}

const files = storyFiles(storiesDir);
const interactive = files.filter(isInteractive);

describe("keyboard paths in stories", () => {
  it("counts only real calls of the keyboard helpers", () => {
    expect(callsKeyboardHelper('await tabTo(canvas, "Send");')).toBe(true);
    expect(callsKeyboardHelper('// tabTo(canvas, "Send")\nconst note = "tabThrough(x)";')).toBe(false);
  });

  it("finds the story files", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(interactive.map(relative)).toEqual(expect.arrayContaining(["components/Checkbox.stories.tsx", "composer/Composer.stories.tsx", "Playground.stories.tsx"]));
  });

  it.each(interactive.map(relative))("%s reaches its controls with Tab (stories/keyboard.ts) or says why not", (name) => {
    if (EXEMPT[name]) return;
    const sources = sourceWithLocalImports(path.join(storiesDir, name));
    expect(sources.some(callsKeyboardHelper), `${name} has no keyboard-only path: use tabTo/tabThrough and press from stories/keyboard.ts, or add it to EXEMPT with the reason`).toBe(true);
  });

  it("exempts only files that exist and are interactive, and none that has a keyboard path", () => {
    for (const name of Object.keys(EXEMPT)) {
      expect(interactive.map(relative), `${name} is exempt but not an interactive story file`).toContain(name);
      expect(callsKeyboardHelper(readFileSync(path.join(storiesDir, name), "utf8")), `${name} has a keyboard path: drop its exemption`).toBe(false);
    }
  });
});
