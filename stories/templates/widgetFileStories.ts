// Stories for a folder of `.widget` files: each file rendered from its Widget Builder `defaultState`
// (or its `outputJsonPreview`), with a play function that operates every action-bearing element by
// keyboard (Tab to it, Enter or Space) and checks what reached `onAction` / `onServerAction` and that
// focus stayed in the story. See docs/widget-files.md.
import type { StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import type { WidgetRenderer } from "../../src/renderer";
import { parseWidget } from "../../src/schema";
import { buildWidgetResult, parseWidgetFile, widgetFileDefaultState } from "../../src/server/templates";
import { press, tabTo } from "../keyboard";

type Story = StoryObj<typeof WidgetRenderer>;

/** Where a story's widget came from. */
export type WidgetFileSource =
  | { kind: "defaultState" }
  | { kind: "outputJsonPreview"; reason: string };

export interface WidgetFileEntry {
  /** File name without `.widget`. */
  name: string;
  title: string;
  widget: unknown;
  source: WidgetFileSource;
}

/** `{ "/any/dir/cat_profile.widget": text }` (what `import.meta.glob(…, { query: "?raw", eager: true })` returns) by file name. */
export function widgetFilesByName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, text]) => [path.split("/").pop()!.replace(/\.widget$/, ""), text]));
}

/** Builds the widget a story shows: the defaultState rendering when it renders, else the preview. */
export function loadWidgetFileEntry(name: string, text: string): WidgetFileEntry {
  const file = parseWidgetFile(text);
  const state = widgetFileDefaultState(file);
  if (!state) {
    return { name, title: file.name, widget: file.outputJsonPreview, source: { kind: "outputJsonPreview", reason: "the file has no defaultState" } };
  }
  try {
    return { name, title: file.name, widget: buildWidgetResult(file, state).widget, source: { kind: "defaultState" } };
  } catch (error) {
    // A template that refuses its own sample data (as Jinja2 would) still shows its preview.
    const reason = `its defaultState does not render: ${(error as Error).message}`;
    return { name, title: file.name, widget: file.outputJsonPreview, source: { kind: "outputJsonPreview", reason } };
  }
}

interface ActionTarget {
  /** What the app receives: `{ type, payload }` (payload only when the action has one). */
  action: { type: string; payload?: unknown } | null;
  handler: "client" | "server";
}

type JsonNode = Record<string, unknown>;

/**
 * The clickable elements of a widget in document order: every enabled Button (with or without an
 * action) and every ListViewItem with an `onClickAction` (rendered as a button).
 */
export function actionTargets(widget: unknown): ActionTarget[] {
  const targets: ActionTarget[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const { type, onClickAction, disabled, children } = node as JsonNode;
    const action = onClickAction && typeof onClickAction === "object" ? (onClickAction as JsonNode) : null;
    if ((type === "Button" && disabled !== true) || (type === "ListViewItem" && action)) {
      targets.push({
        action: action ? { type: action.type as string, ...(action.payload !== undefined ? { payload: action.payload } : {}) } : null,
        handler: action?.handler === "client" ? "client" : "server",
      });
    }
    visit(children);
  };
  visit(widget);
  return targets;
}

const CLICKABLE = 'button:not([disabled]), [role="button"]:not([aria-disabled="true"])';

/**
 * One story for `entry`; `args.onAction`/`args.onServerAction` must be spies (`fn()`). `extra` adds
 * story fields (e.g. `parameters.a11y` or `tags`) when a file's own content needs an exception.
 */
export function widgetFileStory(entry: WidgetFileEntry, extra: Pick<Story, "parameters" | "tags"> = {}): Story {
  const parsed = parseWidget(entry.widget);
  return {
    name: entry.title,
    args: { widget: entry.widget },
    tags: extra.tags,
    parameters: {
      ...extra.parameters,
      widgetFile: { name: entry.name, source: entry.source },
      docs: {
        description: {
          story:
            entry.source.kind === "defaultState"
              ? `\`${entry.name}\` rendered from its Widget Builder default state.`
              : `\`${entry.name}.widget\` shown from its outputJsonPreview: ${entry.source.reason}.`,
        },
      },
    },
    play: async ({ args, canvasElement, step }) => {
      await expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      const root = canvasElement.querySelector<HTMLElement>(".cw-widget");
      await expect(root).not.toBeNull();
      await expect(root!.querySelector(".cw-error-card")).toBeNull();
      const targets = actionTargets(parsed.ok ? parsed.widget : entry.widget);
      const elements = [...root!.querySelectorAll<HTMLElement>(CLICKABLE)];
      await expect(elements).toHaveLength(targets.length);
      const spies = { client: args.onAction, server: args.onServerAction } as Record<
        "client" | "server",
        { mock: { calls: unknown[][] } } | undefined
      >;
      for (const [index, element] of elements.entries()) {
        const target = targets[index];
        const label = target.action ? `${target.action.type} (${target.handler})` : "no action";
        // The button pattern's two keys, taken in turn: Enter, Space, Enter, …
        const key = index % 2 === 0 ? "{Enter}" : " ";
        await step(`${key === " " ? "Space" : "Enter"} on #${index + 1}: ${label}`, async () => {
          const before = { client: spies.client?.mock.calls.length ?? 0, server: spies.server?.mock.calls.length ?? 0 };
          await tabTo(element);
          await press(key, canvasElement);
          if (!target.action) {
            await expect(spies.client?.mock.calls.length ?? 0).toBe(before.client);
            await expect(spies.server?.mock.calls.length ?? 0).toBe(before.server);
            return;
          }
          const spy = spies[target.handler]!;
          await waitFor(() => expect(spy.mock.calls.length).toBe(before[target.handler] + 1));
          const [action, item] = spy.mock.calls.at(-1)!;
          await expect(action).toEqual(target.action);
          await expect(item).toMatchObject({ id: args.item?.id ?? "local" });
          // The other handler received nothing.
          const other = target.handler === "client" ? "server" : "client";
          await expect(spies[other]?.mock.calls.length ?? 0).toBe(before[other]);
          // Container loading (aria-busy) ends once the handler settles; wait before the next key.
          await waitFor(() => expect(root!.getAttribute("aria-busy")).toBeNull());
        });
      }
      // Leave no focus state behind for the screenshot.
      (document.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}

/**
 * Entries for every file, by name. `exported` lists the names the stories module exports, so a file
 * added to the folder without a story fails loudly instead of going unseen.
 */
export function widgetFileEntries(files: Record<string, string>, exported: string[]): Map<string, WidgetFileEntry> {
  const texts = widgetFilesByName(files);
  const missing = [...texts.keys()].filter((name) => !exported.includes(name));
  if (missing.length > 0) throw new Error(`.widget files without a story: ${missing.join(", ")}`);
  const unknown = exported.filter((name) => !texts.has(name));
  if (unknown.length > 0) throw new Error(`stories for missing .widget files: ${unknown.join(", ")}`);
  return new Map([...texts].map(([name, text]) => [name, loadWidgetFileEntry(name, text)]));
}
