import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useMemo } from "react";
import { expect, fn, waitFor, within } from "storybook/test";
import { expectFocusKept, press, tabTo } from "../keyboard";
import { createChatKitClient, type ChatKitClient, type ThreadItem } from "../../src/protocol";
import { useChatKitThread } from "../../src/protocol/react";
import { WidgetRenderer } from "../../src/renderer";
import { createChatKitHandler, events, streamWidget, type ChatKitHandler, type WireWidget } from "../../src/server";

// ── The server: the real request handler, called in-process through the client's `fetch` ─────────────

const LINES = [
  { id: "red", label: "Red line", color: "red" },
  { id: "blue", label: "Blue line", color: "blue" },
  { id: "green", label: "Green line", color: "green" },
];

function lineSelector(selected: string | null): WireWidget {
  return {
    type: "ListView",
    children: LINES.map((line) => ({
      type: "ListViewItem",
      key: line.id,
      gap: 2,
      onClickAction: { type: "line.select", payload: { id: line.id } },
      children: [
        { type: "Icon", name: "dot", color: line.color },
        { type: "Text", value: line.label, weight: line.id === selected ? "semibold" : "normal" },
        ...(line.id === selected ? [{ type: "Badge", label: "Selected", color: "success" }] : []),
      ],
    })),
  };
}

function counter(count: number): WireWidget {
  return {
    type: "Card",
    children: [
      { type: "Text", value: `Count: ${count}` },
      {
        type: "Row",
        gap: 2,
        children: [
          { type: "Button", label: "Add one", onClickAction: { type: "counter.add", streaming: false } },
          { type: "Button", label: "Think slowly", variant: "outline", onClickAction: { type: "think" } },
        ],
      },
    ],
  };
}

const REPORT = "Ridership on the **Blue line** grew 12% this quarter, mostly at weekends.";

/** Lets a story's play function finish the slow action whenever it wants. */
let finishThinking: () => void = () => undefined;

function createServer(): ChatKitHandler {
  return createChatKitHandler({
    async *respond(_thread, input) {
      const text = input.content[0]?.type === "input_text" ? input.content[0].text : "";
      if (text === "counter") {
        yield events.widgetItem(counter(0));
      } else if (text === "report") {
        // Words arrive one by one: the client receives widget.streaming_text.value_delta updates.
        yield* streamWidget(
          (async function* () {
            const words = REPORT.split(" ");
            for (let count = 0; count <= words.length; count++) {
              yield {
                type: "Card",
                children: [
                  { type: "Title", value: "Quarterly report", size: "sm" },
                  { type: "Markdown", id: "report", value: words.slice(0, count).join(" "), streaming: count < words.length },
                ],
              };
              await new Promise((resolve) => setTimeout(resolve, 15));
            }
          })(),
        );
      } else {
        yield events.widgetItem(lineSelector(null), { copyText: "Pick a line" });
      }
    },
    async *action(_thread, action, sender) {
      if (action.type === "line.select" && sender) {
        const id = String((action.payload as { id?: unknown } | undefined)?.id);
        yield events.itemReplaced({ ...sender, widget: lineSelector(id) });
        yield events.assistantMessage(`You picked the ${LINES.find((line) => line.id === id)?.label ?? id}.`);
        yield events.clientEffect("line.selected", { id });
      } else if (action.type === "think") {
        yield events.progress("Thinking…");
        await new Promise<void>((resolve) => (finishThinking = resolve));
        yield events.assistantMessage("Done thinking.");
      }
    },
    async syncAction(_thread, action, sender) {
      if (action.type !== "counter.add" || !sender) return null;
      const text = (sender.widget as unknown as { children: { value: string }[] }).children[0].value;
      return { ...sender, widget: counter(Number(text.replace("Count: ", "")) + 1) };
    },
  });
}

type Fault = "http500" | "cut" | "malformed" | "timeout";

const encoder = new TextEncoder();
const sseResponse = (body: ReadableStream<Uint8Array>) => new Response(body, { headers: { "content-type": "text/event-stream" } });

/** What a broken backend or network does to a `threads.custom_action` request. */
function faultResponse(fault: Fault): Response {
  const options = 'data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n';
  switch (fault) {
    case "http500":
      return new Response(JSON.stringify({ error: "database unavailable" }), { status: 500, statusText: "Internal Server Error" });
    case "cut":
      return sseResponse(
        new ReadableStream({
          start(controller) {
            controller.enqueue(encoder.encode(`${options}data: {"type":"progress_upd`));
            setTimeout(() => controller.error(new TypeError("network connection lost")), 30);
          },
        }),
      );
    case "malformed":
      return sseResponse(
        new ReadableStream({
          start(controller) {
            controller.enqueue(encoder.encode(`${options}data: {"type":"notice",\n\n`));
            controller.close();
          },
        }),
      );
    case "timeout":
      return sseResponse(
        new ReadableStream({
          start(controller) {
            controller.enqueue(encoder.encode(options)); // …then silence
          },
        }),
      );
  }
}

/** An in-process `fetch` into the handler; with a fault, custom actions fail that way instead. */
function inProcessFetch(handler: ChatKitHandler, fault?: Fault): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (fault && ((await request.clone().json()) as { type: string }).type === "threads.custom_action") return faultResponse(fault);
    return handler(request);
  };
}

// ── The page: a thread rendered with WidgetRenderer ─────────────────────────────────────────────────

interface ServerLifecycleProps {
  /** The first user message, which picks the widget the server answers with. */
  prompt: "lines" | "counter" | "report";
  fault?: Fault;
  timeoutMs?: number;
  onEffect: (effect: { name: string; data?: Record<string, unknown> }) => void;
}

function ThreadItemView({ item, client }: { item: ThreadItem; client: ChatKitClient }) {
  switch (item.type) {
    case "user_message":
      return <p className="demo-user">{item.content.map((part) => part.text).join("")}</p>;
    case "assistant_message":
      return <p data-testid="assistant-message">{item.content.map((part) => part.text).join("")}</p>;
    case "widget":
      return (
        <WidgetRenderer
          widget={item.widget}
          item={item}
          onServerAction={(action, widgetItem, { streaming }) => client.sendCustomAction(action, widgetItem.id, { streaming })}
        />
      );
    default:
      return null;
  }
}

function ServerLifecycle({ prompt, fault, timeoutMs, onEffect }: ServerLifecycleProps) {
  const client = useMemo(
    () => createChatKitClient({ url: "https://chatkit.invalid/chatkit", fetch: inProcessFetch(createServer(), fault), timeoutMs, onEffect }),
    [fault, timeoutMs, onEffect],
  );
  const state = useChatKitThread(client);
  useEffect(() => {
    // Failures are shown from state.error below.
    client.createThread({ content: [{ type: "input_text", text: prompt }] }).catch(() => undefined);
  }, [client, prompt]);

  return (
    <div style={{ display: "grid", gap: 12, width: 360 }}>
      <p role="status" data-status={state.status} style={{ margin: 0, fontSize: 13 }}>
        {state.status === "streaming" ? (state.progress?.text ?? "Responding…") : state.status === "loading" ? "Loading…" : "Ready"}
      </p>
      {state.items.map((item) => (
        <ThreadItemView key={item.id} item={item} client={client} />
      ))}
      {state.error && (
        <p role="alert" data-kind={state.error.kind} style={{ margin: 0, fontSize: 13 }}>
          {state.error.kind}: {state.error.message}
        </p>
      )}
    </div>
  );
}

/**
 * The ChatKit protocol end to end in the browser: `ChatKitClient` talks to the server kit's request handler
 * (called in-process through `fetch`), the thread's widget items render with `WidgetRenderer`, and widget
 * actions go back through `client.sendCustomAction`.
 */
const meta = {
  title: "Actions/Server lifecycle",
  component: ServerLifecycle,
  args: { prompt: "lines", onEffect: fn() },
} satisfies Meta<typeof ServerLifecycle>;
export default meta;
type Story = StoryObj<typeof meta>;

const ready = (canvas: ReturnType<typeof within>) => waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Ready"));

/**
 * Choosing a line (by keyboard: Tab to its row, Enter) sends `line.select`; the server replaces the widget, adds a
 * message and fires an effect. Focus stays in the replaced widget.
 */
export const SelectLine: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await tabTo(await canvas.findByRole("button", { name: "Blue line" }));
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(canvas.getByTestId("assistant-message")).toHaveTextContent("You picked the Blue line."));
    const selected = canvas.getByText("Selected");
    await expect(selected.closest("[data-cw-node], li, [role=button]") ?? selected.parentElement).toHaveTextContent("Blue line");
    await expect(canvas.getAllByText("Selected")).toHaveLength(1);
    await expect(args.onEffect).toHaveBeenCalledTimes(1);
    await expect(args.onEffect).toHaveBeenCalledWith({ name: "line.selected", data: { id: "blue" } });
    await ready(canvas);
    await expectFocusKept(canvasElement, "after the widget was replaced");
    // The rows are still buttons, one Tab stop each.
    await tabTo(canvas.getByRole("button", { name: "Red line" }), { shift: true });
  },
};

/** A widget streamed with `streamWidget`: the Markdown grows through value deltas until streaming ends. */
export const StreamedText: Story = {
  args: { prompt: "report" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Responding…"));
    await waitFor(() => expect(canvasElement).toHaveTextContent("mostly at weekends."), { timeout: 5000 });
    await ready(canvas);
    await expect(canvas.getByText("Blue line", { exact: false })).toBeVisible();
  },
};

/**
 * A `streaming: false` action goes through `threads.sync_custom_action` while a response is still streaming. By
 * keyboard: Enter on "Think slowly", Shift+Tab to "Add one", Space; focus stays in the widget it replaces.
 */
export const SyncActionDuringStream: Story = {
  args: { prompt: "counter" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(await canvas.findByRole("button", { name: "Think slowly" }));
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Thinking…"));
    await tabTo(canvas.getByRole("button", { name: "Add one" }), { shift: true });
    await press(" ", canvasElement);
    await waitFor(() => expect(canvas.getByText("Count: 1")).toBeVisible());
    await expectFocusKept(canvasElement, "after the counter was replaced");
    await expect(canvas.getByRole("status")).toHaveTextContent("Thinking…");
    finishThinking();
    await waitFor(() => expect(canvas.getByTestId("assistant-message")).toHaveTextContent("Done thinking."));
    await ready(canvas);
    await expect(canvas.getByText("Count: 1")).toBeVisible();
  },
};

function faultStory(fault: Fault, kind: string, message: RegExp, timeoutMs?: number): Story {
  return {
    args: { prompt: "lines", fault, timeoutMs },
    // The renderer's fallback error reporter logs the failed action (the story shows it through the thread too).
    parameters: { console: { expected: [new RegExp(`dispatch: action "line.select" failed: ${message.source}`)] } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await tabTo(await canvas.findByRole("button", { name: "Green line" }));
      await press("{Enter}", canvasElement);
      const alert = await canvas.findByRole("alert", {}, { timeout: 4000 });
      await expect(alert).toHaveAttribute("data-kind", kind);
      await expect(alert).toHaveTextContent(message);
      await ready(canvas);
      // The widget is usable again and unchanged: loading ended, nothing was replaced.
      await waitFor(() => expect(canvasElement.querySelector("[aria-busy=true]")).toBeNull());
      await expect(canvas.queryByText("Selected")).toBeNull();
      await expectFocusKept(canvasElement, "after the action failed");
    },
  };
}

export const Http500 = faultStory("http500", "http", /The server answered 500 Internal Server Error: database unavailable/);
export const CutStream = faultStory("cut", "stream", /The event stream broke: network connection lost/);
export const MalformedEvent = faultStory("malformed", "malformed", /An event is not valid JSON/);
export const Timeout = faultStory("timeout", "timeout", /No response from the server for 400 ms\./, 400);
