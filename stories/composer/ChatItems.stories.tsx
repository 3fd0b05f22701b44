import { useMemo } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, userEvent, waitFor, within } from "storybook/test";
import { ChatThread, type ChatThreadProps } from "../../src/composer";
import { expectFocusKept, focused, press, tabTo, tabToRole } from "../keyboard";
import { createItemsFetch } from "./itemsServer";

const THREAD_ID = expect.stringMatching(/^thr_[0-9a-f]{32}$/);
const MESSAGE_ID = expect.stringMatching(/^msg_[0-9a-f]{32}$/);

type ItemsDemoProps = Omit<ChatThreadProps, "api"> & { onRequest: (body: unknown) => void; seedThreads?: string[] };

function ItemsDemo({ onRequest, seedThreads, ...props }: ItemsDemoProps) {
  // One in-browser server per story render; requests are reported to `onRequest`.
  const api = useMemo(() => ({ url: "/chatkit", fetch: createItemsFetch({ onRequest, seedThreads }) }), [onRequest, seedThreads]);
  return (
    <div style={{ width: 640, height: 720, display: "grid" }}>
      <ChatThread api={api} {...props} className="cw-demo" />
    </div>
  );
}

/**
 * The thread items beyond messages and widgets, each against the server kit running in the browser: structured
 * input answered in the thread, workflows / tasks / generated images with their streamed updates, the actions
 * under a response (copy, feedback, retry) and the thread history. Plays assert the exact requests sent.
 */
const meta = {
  title: "Composer/Thread items",
  component: ItemsDemo,
  args: { onRequest: fn(), onError: fn() },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof ItemsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Tab to the message field, type, Enter: focus stays in the field. */
async function send(canvasElement: HTMLElement, text: string) {
  const input = within(canvasElement).getByRole("combobox", { name: "Message" });
  await tabTo(input);
  await press(`${text}{Enter}`, canvasElement);
  await expect(input).toHaveFocus();
}

async function settled(canvasElement: HTMLElement) {
  await waitFor(() => {
    expect(within(canvasElement).getByRole("log", { name: "Messages" })).toHaveAttribute("aria-busy", "false");
    expect(canvasElement.querySelector(".cw-markdown__fallback")).toBeNull();
  }, { timeout: 5000 });
}

export const StructuredInput: Story = {
  name: "Structured input: single choice, multiple choice and free text, answered in the thread",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await send(canvasElement, "Plan a trip");
    const form = await canvas.findByRole("form", { name: "Questions" }, { timeout: 5000 });
    const questions = within(form);
    const submit = questions.getByRole("button", { name: "Submit" });
    await expect(submit).toBeDisabled(); // nothing answered yet
    // Keyboard only: the radio group is one Tab stop (Down chooses the next place), Space ticks a box, the text
    // field takes typing, Enter on Submit sends.
    await tabTo(questions.getByRole("radio", { name: "Lisbon" }), { shift: true, max: 60 });
    await press("{ArrowDown>}", canvasElement);
    await waitFor(() => expect(questions.getByRole("radio", { name: "Kyoto" })).toHaveFocus());
    await press("{/ArrowDown}", canvasElement);
    await expect(questions.getByRole("radio", { name: "Kyoto" })).toBeChecked();
    await tabTo(questions.getByRole("checkbox", { name: "Hiking" }));
    await press(" ", canvasElement);
    await tabTo(questions.getByRole("checkbox", { name: "Food" }), { shift: true });
    await press(" ", canvasElement);
    const notes = questions.getByRole("textbox", { name: "Anything else?" });
    await expect(notes).toHaveAccessibleDescription("Dietary needs, pace, budget");
    await tabTo(notes);
    await press("Vegetarian", canvasElement);
    await tabTo(submit);
    await press("{Enter}", canvasElement);

    await waitFor(() =>
      expect(args.onRequest).toHaveBeenLastCalledWith({
        type: "threads.add_structured_input",
        params: {
          thread_id: THREAD_ID,
          item_id: MESSAGE_ID,
          input: {
            status: "answered",
            answers: { destination: { values: ["Kyoto"] }, interests: { values: ["Hiking", "Food"] }, notes: { values: ["Vegetarian"] } },
          },
        },
      }),
    );
    // The item is replaced by its answered form, and the response to the answers follows.
    await canvas.findByText("Kyoto it is. I will draft a plan.", {}, { timeout: 5000 });
    expect(canvas.queryByRole("form", { name: "Questions" })).toBeNull();
    const answers = canvasElement.querySelector<HTMLElement>('.cw-structured-input[data-status="answered"]')!;
    await expect(within(answers).getByText("Where to?").nextElementSibling).toHaveTextContent("Kyoto");
    await expect(within(answers).getByText("What do you enjoy?").nextElementSibling).toHaveTextContent("Hiking, Food");
    // The form that had focus is gone: its answers take focus (not the page).
    await expectFocusKept(canvasElement, "after the questions were answered");
    await expect(answers).toHaveFocus();
    await settled(canvasElement);
    await expect(args.onError).not.toHaveBeenCalled();
    focused()?.blur();
  },
};

export const SkipStructuredInput: Story = {
  name: "Structured input skipped",
  tags: ["no-visual"], // the same questions as the story above, shown skipped: covered by its play only
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await send(canvasElement, "Plan a trip");
    const form = await canvas.findByRole("form", { name: "Questions" }, { timeout: 5000 });
    await userEvent.click(within(form).getByRole("button", { name: "Skip" }));
    await waitFor(() =>
      expect(args.onRequest).toHaveBeenLastCalledWith({
        type: "threads.add_structured_input",
        params: { thread_id: THREAD_ID, item_id: MESSAGE_ID, input: { status: "skipped", answers: {} } },
      }),
    );
    await canvas.findByText("No problem, I will pick for you.", {}, { timeout: 5000 });
    expect(canvas.getAllByText("Skipped")).toHaveLength(3);
  },
};

export const WorkflowTaskImage: Story = {
  name: "Workflow with streamed tasks, a task, a generated image; end of turn and hidden context not shown",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await send(canvasElement, "Research Kyoto");
    await canvas.findByText(/Here are three sights/, {}, { timeout: 5000 });
    await settled(canvasElement);
    // The finished workflow is collapsed under its summary; opening it shows the tasks as they ended.
    const trigger = canvas.getByRole("button", { name: "Thought for 4s" });
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await canvas.findByText("Reading the question");
    expect(canvas.getAllByRole("img", { name: "Done" })).toHaveLength(2);
    expect(within(canvas.getByRole("list", { name: "Searches" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Kyoto temples", "Kyoto gardens"]);
    await expect(canvas.getByRole("link", { name: "Kyoto guide" })).toHaveAttribute("href", "https://example.com/kyoto");
    await canvas.findByText("Saved to your trip");
    const image = canvas.getByRole("img", { name: "Generated image" });
    await expect(image.getAttribute("src")).toMatch(/^data:image\/svg\+xml,/);
    expect(canvas.queryByRole("progressbar")).toBeNull();
    expect(canvas.queryByText(/Never shown/)).toBeNull();
    expect(canvasElement.querySelector('[data-item-type="end_of_turn"], [data-item-type="sdk_hidden_context"], [data-item-type="hidden_context_item"]')).toBeNull();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const ResponseActions: Story = {
  name: "Response actions: copy, feedback, retry",
  args: { threadItemActions: { feedback: true, retry: true } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const writeText = spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    try {
      await send(canvasElement, "Hello there");
      await canvas.findByText("Answer 1: Hello there", {}, { timeout: 5000 });
      await settled(canvasElement);
      const actions = within(canvas.getByRole("group", { name: "Response actions" }));

      // Keyboard only: Shift+Tab from the message field up to the actions; Enter, Space, Enter.
      await tabTo(actions.getByRole("button", { name: "Copy" }), { shift: true });
      await press("{Enter}", canvasElement);
      await expect(writeText).toHaveBeenCalledWith("Answer 1: Hello there");
      await actions.findByRole("button", { name: "Copied" });
      await expectFocusKept(canvasElement, "after Copy");

      await tabTo(actions.getByRole("button", { name: "Good response" }));
      await press(" ", canvasElement);
      await waitFor(() =>
        expect(args.onRequest).toHaveBeenLastCalledWith({
          type: "items.feedback",
          params: { thread_id: THREAD_ID, item_ids: [MESSAGE_ID], kind: "positive" },
        }),
      );
      await expect(actions.getByRole("button", { name: "Good response" })).toHaveAttribute("aria-pressed", "true");
      await expect(actions.getByRole("button", { name: "Bad response" })).toBeDisabled();

      await expect(actions.getByRole("button", { name: "Good response" })).toHaveFocus();
      await tabTo(actions.getByRole("button", { name: "Retry" }));
      await press("{Enter}", canvasElement);
      await waitFor(() =>
        expect(args.onRequest).toHaveBeenLastCalledWith({
          type: "threads.retry_after_item",
          params: { thread_id: THREAD_ID, item_id: MESSAGE_ID },
        }),
      );
      // The old answer is gone and the new one takes its place.
      await canvas.findByText("Answer 2: Hello there", {}, { timeout: 5000 });
      expect(canvas.queryByText("Answer 1: Hello there")).toBeNull();
      await settled(canvasElement);
      const sent = (args.onRequest as ReturnType<typeof fn>).mock.calls.map(([body]) => (body as { type: string }).type);
      expect(sent).toEqual(["threads.create", "items.feedback", "threads.retry_after_item"]);
      await waitFor(() => expect(canvas.getByRole("button", { name: "Copy" })).toBeVisible());
      // The answer that held the Retry button was replaced: focus is not on the page.
      await expectFocusKept(canvasElement, "after Retry replaced the answer");
      await expect(args.onError).not.toHaveBeenCalled();
      focused()?.blur();
    } finally {
      writeText.mockRestore();
    }
  },
};

const SEEDED = Array.from({ length: 22 }, (_, index) => (index === 21 ? "Trip to Kyoto" : index === 20 ? "Groceries" : `Chat ${index + 1}`));

export const History: Story = {
  name: "History: threads.list pages, rename, delete, open a thread; history open/close and thread events",
  args: {
    seedThreads: SEEDED,
    history: { enabled: true },
    onHistoryOpen: fn(),
    onHistoryClose: fn(),
    onThreadChange: fn(),
    onThreadLoadStart: fn(),
    onThreadLoadEnd: fn(),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const requests = () => (args.onRequest as ReturnType<typeof fn>).mock.calls.map(([body]) => body);
    // A conversation first: the new thread is reported, and listed first in the history.
    await send(canvasElement, "Hello there");
    await canvas.findByText("Answer 1: Hello there", {}, { timeout: 5000 });
    await settled(canvasElement);
    await expect(args.onThreadChange).toHaveBeenLastCalledWith({ threadId: THREAD_ID });
    // Shift+Tab from the message field to the History button (a disclosure): Enter opens the list.
    const toggle = canvas.getByRole("button", { name: "History" });
    await tabTo(toggle, { shift: true });
    await press("{Enter}", canvasElement);
    await expect(args.onHistoryOpen).toHaveBeenCalledTimes(1);
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveFocus();
    const list = await canvas.findByRole("navigation", { name: "Chat history" });
    const nav = within(list);
    await nav.findByRole("button", { name: "Trip to Kyoto" });
    expect(nav.getAllByRole("listitem")).toHaveLength(20);
    // The current thread (untitled) comes first, marked current.
    await expect(nav.getAllByRole("listitem")[0]).toHaveAttribute("aria-current", "true");
    await expect(nav.getAllByRole("listitem")[0]).toHaveTextContent(/^New chat/);
    await expect(args.onRequest).toHaveBeenLastCalledWith({ type: "threads.list", params: { limit: 20, after: null, order: "desc" } });
    // What changed is said by the list's own polite status.
    const status = () => nav.getByRole("status");

    // Show more (Enter) follows the cursor; the button stays (busy) while the page loads, and when it goes away
    // with the last page, focus moves to the first new thread and the new rows are announced.
    await tabToRole("button", "Show more", { max: 80 });
    await press("{Enter}", list);
    await waitFor(() => expect(nav.getAllByRole("listitem")).toHaveLength(23));
    await expect(args.onRequest).toHaveBeenLastCalledWith({ type: "threads.list", params: { limit: 20, after: "thr_seed03", order: "desc" } });
    expect(nav.queryByRole("button", { name: "Show more" })).toBeNull();
    await expectFocusKept(list, "after the last page replaced Show more");
    await expect(nav.getByRole("button", { name: "Chat 3" })).toHaveFocus();
    await expect(status()).toHaveTextContent("3 more chats shown");

    // Rename: Enter opens the title field (text selected); Escape cancels and gives focus back to Rename.
    await tabToRole("button", "Rename Trip to Kyoto", { shift: true, max: 80 });
    await press("{Enter}", list);
    const title = nav.getByRole("textbox", { name: "Chat title" });
    await expect(title).toHaveFocus();
    await press("Somewhere else{Escape}", list);
    await expect(nav.getByRole("button", { name: "Rename Trip to Kyoto" })).toHaveFocus();
    // Space opens it again; typing replaces the title and Enter saves it (threads.update), focus back on Rename.
    await press("[Space]", list);
    await expect(nav.getByRole("textbox", { name: "Chat title" })).toHaveFocus();
    await press("Kyoto in spring{Enter}", list);
    await nav.findByRole("button", { name: "Kyoto in spring" });
    await expect(args.onRequest).toHaveBeenLastCalledWith({ type: "threads.update", params: { thread_id: "thr_seed21", title: "Kyoto in spring" } });
    await expect(nav.getByRole("button", { name: "Rename Kyoto in spring" })).toHaveFocus();

    // Delete (Enter) removes the row holding the button: focus goes to the next thread, and the deletion is announced.
    await tabToRole("button", "Delete Groceries");
    await press("{Enter}", list);
    await waitFor(() => expect(nav.queryByRole("button", { name: "Groceries" })).toBeNull());
    await expect(args.onRequest).toHaveBeenLastCalledWith({ type: "threads.delete", params: { thread_id: "thr_seed20" } });
    expect(nav.getAllByRole("listitem")).toHaveLength(22);
    await expectFocusKept(list, "after Delete removed its row");
    await expect(nav.getByRole("button", { name: "Chat 20" })).toHaveFocus();
    await expect(status()).toHaveTextContent("Groceries deleted");
    // Space on the last thread's Delete: focus goes to the thread before it.
    await tabToRole("button", "Delete Chat 1", { max: 80 });
    await press("[Space]", list);
    await waitFor(() => expect(nav.queryByRole("button", { name: "Chat 1" })).toBeNull());
    await expect(args.onRequest).toHaveBeenLastCalledWith({ type: "threads.delete", params: { thread_id: "thr_seed00" } });
    await expectFocusKept(list, "after Delete removed the last row");
    await expect(nav.getByRole("button", { name: "Chat 2" })).toHaveFocus();
    await expect(status()).toHaveTextContent("Chat 1 deleted");

    // Enter on a thread closes the history and loads it; focus goes to its message field.
    await tabToRole("button", "Kyoto in spring", { shift: true, max: 80 });
    await press("{Enter}", canvasElement);
    await expect(args.onHistoryClose).toHaveBeenCalledTimes(1);
    await canvas.findByText("Notes on trip to kyoto.", {}, { timeout: 5000 });
    await expect(args.onThreadLoadStart).toHaveBeenCalledWith({ threadId: "thr_seed21" });
    await waitFor(() => expect(args.onThreadLoadEnd).toHaveBeenCalledWith({ threadId: "thr_seed21" }));
    await expect(args.onThreadChange).toHaveBeenCalledWith({ threadId: "thr_seed21" });
    expect(canvas.getByText("Kyoto in spring", { selector: ".cw-thread__title" })).toBeVisible();
    await expectFocusKept(canvasElement, "after opening a thread");
    await expect(canvas.getByRole("combobox", { name: "Message" })).toHaveFocus();
    await expect(requests().filter((body) => (body as { type: string }).type !== "threads.create" && (body as { type: string }).type !== "threads.add_user_message")).toEqual([
      { type: "threads.list", params: { limit: 20, after: null, order: "desc" } },
      { type: "threads.list", params: { limit: 20, after: "thr_seed03", order: "desc" } },
      { type: "threads.update", params: { thread_id: "thr_seed21", title: "Kyoto in spring" } },
      { type: "threads.delete", params: { thread_id: "thr_seed20" } },
      { type: "threads.delete", params: { thread_id: "thr_seed00" } },
      { type: "threads.get_by_id", params: { thread_id: "thr_seed21" } },
    ]);
    await expect(args.onError).not.toHaveBeenCalled();
    focused()?.blur();
  },
};
