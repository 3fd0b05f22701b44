// The chat demo's backend: the TypeScript server kit running in the browser. `demoFetch` hands requests straight to
// the handler, so the real client and the real server talk the real protocol with no network in between.
import { createChatKitHandler, events, streamAssistantMessage, type UserMessageItem } from "../../src/server";
import { ARTICLES, articleListWidget, EVENTS, LINES, lineEventsWidget, lineSelectWidget } from "./demoWidgets";

const words = (text: string) => text.split(/(?<= )/);

function taggedEntities(input: UserMessageItem) {
  return input.content.flatMap((part) => (part.type === "input_tag" ? [part] : []));
}

export function createDemoFetch(): typeof fetch {
  const handler = createChatKitHandler({
    async *respond(_thread, input) {
      const tool = input.inference_options?.tool_choice?.id ?? "general";
      if (tool === "event_finder") {
        yield events.progress("Looking up lines…", "search");
        yield* streamAssistantMessage(words("Events are along three lines. Which line do you take?"));
        yield events.widgetItem(lineSelectWidget(LINES, null));
        return;
      }
      const tags = taggedEntities(input);
      if (tags.length > 0) {
        const names = tags.map((tag) => tag.text).join(", ");
        yield* streamAssistantMessage(words(`Here is what I found about **${names}**:`));
        const author = tags.find((tag) => tag.data?.type === "person")?.text;
        const list = author ? ARTICLES.filter((article) => article.author === author) : ARTICLES;
        yield events.widgetItem(articleListWidget(list.length ? list : ARTICLES));
        return;
      }
      yield* streamAssistantMessage(words("Mention a person or an article with @, or pick *Find events*."));
    },
    async *action(_thread, action, sender) {
      if (action.type === "line.select" && sender) {
        const id = (action.payload as { id?: string } | undefined)?.id ?? null;
        const line = LINES.find((candidate) => candidate.id === id);
        if (!line) return;
        yield events.itemReplaced({ ...sender, widget: lineSelectWidget(LINES, line.id) });
        yield events.assistantMessage(`The ${line.name} it is. Here are this week's events along it.`);
        yield events.widgetItem(lineEventsWidget(line, EVENTS.filter((event) => event.line === line.id)));
        return;
      }
      yield events.error(`Unknown action ${action.type}`);
    },
  });
  return async (resource, init) => handler(new Request(new URL(String(resource), "http://demo.local"), init));
}
