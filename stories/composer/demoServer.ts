// The chat demo's backend: the TypeScript server kit running in the browser. `demoFetch` hands requests straight to
// the handler, so the real client and the real server talk the real protocol with no network in between.
import {
  createAttachmentUploadHandler,
  createChatKitHandler,
  createMemoryStore,
  events,
  items,
  streamAssistantMessage,
  type StructuredInputQuestion,
  type UserMessageItem,
} from "../../src/server";
import { dataUrl } from "./attachmentServer";
import { ARTICLES, articleListWidget, EVENTS, LINES, lineEventsWidget, lineSelectWidget } from "./demoWidgets";

const words = (text: string) => text.split(/(?<= )/);

function taggedEntities(input: UserMessageItem) {
  return input.content.flatMap((part) => (part.type === "input_tag" ? [part] : []));
}

/** The questions the demo asks when a message starts with "Plan". */
export const TRIP_QUESTIONS: StructuredInputQuestion[] = [
  { type: "multiple_choice", id: "day", question: "Which day?", options: ["Wednesday", "Friday", "Sunday"] },
  { type: "freeform", id: "notes", question: "Anything we should know?", description: "Accessibility, company" },
];

export interface DemoFetchOptions {
  /** Every request body the chat sends, parsed (stories assert exact requests with it). */
  onRequest?: (body: unknown) => void;
}

/** What the demo accepts as attachments (the bytes stay in the page: `saveFile` keeps them in a Map). */
const DEMO_ATTACHMENT_LIMITS = { maxBytes: 2 * 1024 * 1024, accept: ["image/png", "image/jpeg", "text/plain"] };

export function createDemoFetch({ onRequest }: DemoFetchOptions = {}): typeof fetch {
  let answers = 0;
  const store = createMemoryStore();
  const files = new Map<string, Blob>();
  // Until its bytes arrive an attachment has no picture; afterwards the message shows the uploaded bytes.
  const previewUrl = async (attachment: { id: string }) => {
    const bytes = files.get(attachment.id);
    return bytes ? dataUrl(bytes) : `/files/${attachment.id}`;
  };
  const handler = createChatKitHandler({
    store,
    attachments: { ...DEMO_ATTACHMENT_LIMITS, uploadDescriptor: (attachment) => ({ url: `/upload/${attachment.id}`, method: "POST" }), previewUrl },
    async *respond(_thread, input) {
      const tool = input.inference_options?.tool_choice?.id ?? "general";
      const text = input.content.map((part) => part.text).join("");
      const received = (input.attachments ?? []).map((attachment) => attachment.name);
      if (received.length > 0) {
        yield* streamAssistantMessage(words(`I received ${received.length === 1 ? "1 file" : `${received.length} files`}: ${received.join(", ")}.`));
      }
      if (/^plan\b/i.test(text)) {
        yield* streamAssistantMessage(words("Happy to plan your evening out. Two questions first:"));
        yield events.itemDone(items.structuredInput(TRIP_QUESTIONS));
        return;
      }
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
      answers += 1;
      yield* streamAssistantMessage(
        words(answers === 1 ? "Mention a person or an article with @, or pick *Find events*." : `Try again (answer ${answers}): mention someone with @, or pick *Find events*.`),
      );
    },
    async *structuredInput(_thread, item) {
      const day = item.inputs.find((question) => question.id === "day")?.answer?.values?.[0];
      yield* streamAssistantMessage(words(day ? `${day} it is. The choir sings at 6 PM by Elm Square.` : "No problem: this week's events are below."));
    },
    // Thumbs up / down arrive as items.feedback; a real app would store them.
    async addFeedback() {},
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
  const upload = createAttachmentUploadHandler({
    store,
    ...DEMO_ATTACHMENT_LIMITS,
    previewUrl,
    saveFile: (attachment, file) => {
      files.set(attachment.id, file);
    },
  });
  return async (resource, init) => {
    if (typeof init?.body === "string") onRequest?.(JSON.parse(init.body));
    const request = new Request(new URL(String(resource), "http://demo.local"), init);
    const path = new URL(request.url).pathname;
    if (path.startsWith("/upload/")) return upload(request, path.slice("/upload/".length));
    return handler(request);
  };
}
