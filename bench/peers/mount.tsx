// Mounting the same widget with chat-widgets and with each peer, in the jsdom of the mount bench (bench/dom.ts,
// imported first so React DOM sees its hooks). Every mount starts from the widget's JSON, as an app receives it:
// ours validates it (parseWidget) and renders; A2UI processes its messages (its catalog's zod schemas) and
// renders the surface; json-render validates the spec against its catalog (`catalog.validate`, zod) and renders.
import { benchDocument } from "../dom";
import { createElement, type ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { WidgetRenderer } from "../../src/renderer";

const noop = () => {};

/** Renders `element` into a fresh container synchronously; the result unmounts it. */
export function mount(element: ReactElement) {
  const container = benchDocument.createElement("div");
  benchDocument.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(element));
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** One way of drawing a widget: `element()` does all per-widget work (validation included) and returns what to mount. */
export interface Contender {
  name: string;
  version: string;
  element: () => ReactElement;
}

const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Mounts, waits until every one of `texts` is on screen (A2UI draws body text after an asynchronous Markdown
 * pass; the others draw everything in the first commit, so they never wait), then unmounts.
 * @throws when the texts do not all appear within 1,000 tasks: the contender is not drawing the same widget.
 */
export async function mountUntilShown(contender: Contender, texts: readonly string[], inspect?: (container: HTMLElement) => void): Promise<void> {
  const mounted = mount(contender.element());
  try {
    for (let task = 0; ; task++) {
      const shown = mounted.container.textContent ?? "";
      if (texts.every((text) => shown.includes(text))) {
        inspect?.(mounted.container);
        return;
      }
      if (task === 1_000) throw new Error(`${contender.name} never showed ${JSON.stringify(texts.filter((text) => !shown.includes(text)))}`);
      await nextTask();
    }
  } finally {
    mounted.unmount();
  }
}

/** Elements and attributes (inline style declarations apart) of the DOM `contender` draws, once every text shows. */
export async function domStats(contender: Contender, texts: readonly string[]) {
  let stats = { elements: 0, attributes: 0, styleDeclarations: 0 };
  await mountUntilShown(contender, texts, (container) => {
      const elements = [...container.querySelectorAll("*")];
      stats = {
        elements: elements.length,
        attributes: elements.reduce((sum, element) => sum + element.attributes.length, 0),
      styleDeclarations: elements.reduce((sum, element) => sum + (element.getAttribute("style") ?? "").split(";").filter((part) => part.trim()).length, 0),
    };
  });
  return stats;
}

export function ours(widget: unknown, version: string): Contender {
  return { name: "chat-widgets", version, element: () => createElement(WidgetRenderer, { widget, item: { id: "msg_bench" }, onAction: noop }) };
}

/**
 * A2UI v0.9 with its basic catalog and its Markdown renderer (`@a2ui/markdown-it`, which its Text needs for
 * body text): a new MessageProcessor per mount, as for a new message.
 */
export async function a2ui(messagesFor: (catalogId: string) => unknown[]): Promise<Contender> {
  const [{ A2uiSurface, MarkdownContext, basicCatalog }, { MessageProcessor }, { renderMarkdown }] = await Promise.all([
    import("@a2ui/react/v0_9"),
    import("@a2ui/web_core/v0_9"),
    import("@a2ui/markdown-it"),
  ]);
  const messages = messagesFor(basicCatalog.id);
  return {
    name: "@a2ui/react",
    version: await versionOf("@a2ui/react"),
    element: () => {
      const processor = new MessageProcessor([basicCatalog], noop);
      processor.processMessages(messages as never);
      const surface = processor.model.surfacesMap.get("bench");
      if (!surface) throw new Error("A2UI created no surface");
      return createElement(MarkdownContext.Provider, { value: renderMarkdown }, createElement(A2uiSurface, { surface }));
    },
  };
}

/** json-render with the shadcn catalog (its default component set): validate the spec, then render it. */
export async function jsonRender(spec: unknown): Promise<Contender> {
  const [{ defineCatalog }, { schema }, { shadcnComponentDefinitions }, { shadcnComponents }, { defineRegistry, JSONUIProvider, Renderer }] = await Promise.all([
    import("@json-render/core"),
    import("@json-render/react/schema"),
    import("@json-render/shadcn/catalog"),
    import("@json-render/shadcn"),
    import("@json-render/react"),
  ]);
  const catalog = defineCatalog(schema, { components: shadcnComponentDefinitions, actions: {} });
  const { registry } = defineRegistry(catalog as never, { components: shadcnComponents } as never);
  const handlers = { "report.open": noop, "item.view": noop };
  return {
    name: "@json-render/react",
    version: `${await versionOf("@json-render/react")} + @json-render/shadcn ${await versionOf("@json-render/shadcn")}`,
    element: () => {
      const result = catalog.validate(spec);
      if (!result.success) throw new Error(`json-render refused the spec: ${JSON.stringify(result.error?.issues?.slice(0, 3))}`);
      // The validated copy drops the elements' `on` bindings (its spec schema does not list them): render the spec.
      return createElement(JSONUIProvider, { registry, handlers, children: createElement(Renderer, { spec: spec as never, registry }) });
    },
  };
}

async function versionOf(pkg: string): Promise<string> {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const { readFileSync } = await import("node:fs");
  const path = await import("node:path");
  // The package's own package.json (not every package exports it): walk up from its resolved entry.
  let dir = path.dirname(require.resolve(pkg));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? "?";
    } catch {
      // keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return "?";
    dir = parent;
  }
}
