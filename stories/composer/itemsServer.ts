// A scripted backend for the thread-item stories: the TypeScript server kit in the browser, answering by the
// first word of the user's message, with every request body reported to `onRequest` so that stories can assert
// exactly what the chat sent.
import { createChatKitHandler, createMemoryStore, events, items, streamAssistantMessage, updates, type UserMessageItem } from "../../src/server";

const words = (text: string) => text.split(/(?<= )/);
const textOf = (message: UserMessageItem) => message.content.map((part) => part.text).join("");

/** A square picture drawn inline, so that the story needs no network. */
export const GENERATED_IMAGE_URL = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#f5c26b"/><circle cx="44" cy="18" r="8" fill="#fff6d5"/><path d="M0 50 22 28l14 14 8-8 20 20v10H0Z" fill="#3f7d5a"/></svg>',
)}`;

export const TRIP_QUESTIONS = [
  { type: "multiple_choice" as const, id: "destination", question: "Where to?", options: ["Lisbon", "Kyoto", "Oslo"] },
  { type: "multiple_choice" as const, id: "interests", question: "What do you enjoy?", options: ["Food", "Museums", "Hiking"], multiple: true },
  { type: "freeform" as const, id: "notes", question: "Anything else?", description: "Dietary needs, pace, budget" },
];

export interface ItemsServerOptions {
  /** Every request body, parsed. */
  onRequest?: (body: unknown) => void;
  /** Threads stored before the story starts (titles, newest last), each with one message and an answer. */
  seedThreads?: string[];
}

export function createItemsFetch({ onRequest, seedThreads = [] }: ItemsServerOptions = {}): typeof fetch {
  const store = createMemoryStore();
  let answers = 0;
  const seeded = (async () => {
    for (const [index, title] of seedThreads.entries()) {
      const id = `thr_seed${String(index).padStart(2, "0")}`;
      const created_at = new Date(Date.UTC(2026, 0, 1 + index)).toISOString();
      await store.createThread({ id, title, created_at, status: { type: "active" }, metadata: {} }, undefined);
      await store.saveItem(id, { id: `msg_${id}_q`, thread_id: id, created_at, type: "user_message", content: [{ type: "input_text", text: title }], attachments: [], inference_options: {} }, undefined);
      await store.saveItem(id, { ...items.assistantMessage(`Notes on ${title.toLowerCase()}.`, { id: `msg_${id}_a` }), thread_id: id }, undefined);
    }
  })();

  const handler = createChatKitHandler({
    store,
    async *respond(_thread, input) {
      const text = textOf(input);
      if (/^plan/i.test(text)) {
        yield* streamAssistantMessage(words("A few questions first:"));
        yield events.itemDone(items.structuredInput(TRIP_QUESTIONS));
        return;
      }
      if (/^research/i.test(text)) {
        const workflow = items.workflow({ type: "reasoning", tasks: [] });
        yield events.itemAdded(workflow);
        yield events.itemUpdated(workflow.id, updates.workflowTaskAdded(0, { type: "thought", title: "Reading the question", content: "The user wants **three** sights.", status_indicator: "loading" }));
        yield events.itemUpdated(workflow.id, updates.workflowTaskUpdated(0, { type: "thought", title: "Reading the question", content: "The user wants **three** sights.", status_indicator: "complete" }));
        const search = { type: "web_search", title: "Searched the web", queries: ["Kyoto temples", "Kyoto gardens"], sources: [{ type: "url", title: "Kyoto guide", url: "https://example.com/kyoto" }], status_indicator: "complete" as const };
        yield events.itemUpdated(workflow.id, updates.workflowTaskAdded(1, search));
        yield events.itemDone({ ...workflow, workflow: { ...workflow.workflow, summary: { duration: 4 }, tasks: [
          { type: "thought", title: "Reading the question", content: "The user wants **three** sights.", status_indicator: "complete" },
          search,
        ] } });
        yield events.itemDone(items.hiddenContext("Never shown: the user asked for sights."));
        yield events.itemDone(items.task({ type: "custom", title: "Saved to your trip", icon: "check-circle", content: "3 sights added." }));
        const image = items.generatedImage(null);
        yield events.itemAdded(image);
        yield events.itemUpdated(image.id, updates.generatedImage({ id: "img_map", url: GENERATED_IMAGE_URL }, 0.6));
        yield events.itemDone({ ...image, image: { id: "img_map", url: GENERATED_IMAGE_URL } });
        yield* streamAssistantMessage(words("Here are three sights: Kinkaku-ji, Fushimi Inari and the Philosopher's Path."));
        yield events.itemDone(items.endOfTurn());
        return;
      }
      answers += 1;
      yield* streamAssistantMessage(words(`Answer ${answers}: ${text}`));
    },
    async *structuredInput(_thread, item) {
      if (item.status === "skipped") {
        yield events.assistantMessage("No problem, I will pick for you.");
        return;
      }
      const destination = item.inputs.find((question) => question.id === "destination")?.answer?.values?.[0] ?? "somewhere";
      yield* streamAssistantMessage(words(`${destination} it is. I will draft a plan.`));
    },
    async *action() {},
  });
  return async (resource, init) => {
    await seeded;
    if (typeof init?.body === "string") onRequest?.(JSON.parse(init.body));
    return handler(new Request(new URL(String(resource), "http://items.local"), init));
  };
}
