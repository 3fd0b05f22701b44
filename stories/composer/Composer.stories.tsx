import { useEffect, useRef } from "react";
import { Button } from "../../src/components/Button";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Composer, type ComposerHandle, type Entity } from "../../src/composer";
import { press, tabTo } from "../keyboard";
import { delay, ENTITIES, matchEntities, MODELS, TOOLS } from "./fixtures";

/**
 * The composer: @mentions turn into atomic entity chips, tools switch the mode, and sending produces ChatKit
 * user content. Play functions assert the exact message that reaches `onSend`.
 */
const meta = {
  title: "Composer/Composer",
  component: Composer,
  args: {
    onSend: fn(),
    onToolChange: fn(),
    onTagSearch: fn(async (query: string) => {
      await delay(30);
      return matchEntities(query);
    }),
  },
  decorators: [
    (Story) => (
      // Room above the composer for the suggestion list, which opens upwards.
      <div style={{ width: 560, paddingTop: 300 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Composer>;
export default meta;
type Story = StoryObj<typeof meta>;

const alice = ENTITIES.find((entity) => entity.id === "person_alice")!;
const alina = ENTITIES.find((entity) => entity.id === "person_alina")!;
const article = ENTITIES.find((entity) => entity.id === "article_123")!;

const tagOf = (entity: Entity) => ({
  type: "input_tag",
  id: entity.id,
  text: entity.title,
  data: entity.data ?? {},
  group: entity.group,
  interactive: entity.interactive ?? false,
});

function input(canvasElement: HTMLElement) {
  return within(canvasElement).getByRole("combobox", { name: "Message" });
}

export const Default: Story = {};

export const MentionWithKeyboard: Story = {
  name: "Mention with the keyboard, then send",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("Ask @ali");
    await expect(args.onTagSearch).toHaveBeenLastCalledWith("ali");
    const first = await canvas.findByRole("option", { name: "Alice Martin" });
    await expect(editor).toHaveAttribute("aria-expanded", "true");
    await expect(editor).toHaveAttribute("aria-activedescendant", first.id);
    // Grouped by `group`, in the order the groups first appear.
    await expect(canvas.getByRole("group", { name: "People" })).toBeVisible();
    await expect(canvas.getByRole("group", { name: "Articles" })).toBeVisible();
    await expect(canvas.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Alice Martin",
      "Alina Petrova",
      "Alien worlds, close to home",
    ]);

    await userEvent.keyboard("{ArrowDown}");
    const second = canvas.getByRole("option", { name: "Alina Petrova" });
    await expect(second).toHaveAttribute("aria-selected", "true");
    await expect(editor).toHaveAttribute("aria-activedescendant", second.id);
    // Wraps around at both ends.
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{ArrowDown}");
    await press("{Enter}", canvasElement);
    await expect(editor).toHaveFocus();

    await expect(canvas.queryByRole("listbox")).toBeNull();
    await expect(editor).toHaveAttribute("aria-expanded", "false");
    const chip = editor.querySelector("[data-cw-tag]")!;
    await expect(chip).toHaveAttribute("contenteditable", "false");
    await expect(chip.textContent).toBe("@Alina Petrova");

    await userEvent.keyboard("and @fut");
    await canvas.findByRole("option", { name: "The Future of AI" });
    await userEvent.keyboard("{Tab}");
    await expect(editor).toHaveFocus();
    await press("now{Enter}", canvasElement);
    await expect(editor).toHaveFocus();

    await expect(args.onSend).toHaveBeenCalledTimes(1);
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [
        { type: "input_text", text: "Ask " },
        tagOf(alina),
        { type: "input_text", text: " and " },
        tagOf(article),
        { type: "input_text", text: " now" },
      ],
      inference_options: { tool_choice: null, model: null },
    });
    await expect(editor.textContent).toBe("");
  },
};

export const MentionWithMouse: Story = {
  name: "Mention with the mouse and the @ button",
  args: { showComposerMenu: true },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await userEvent.click(editor);
    await userEvent.keyboard("Hi");
    await userEvent.click(canvas.getByRole("button", { name: "Mention" }));
    await expect(editor.textContent).toBe("Hi @");
    await expect(args.onTagSearch).toHaveBeenLastCalledWith("");
    await userEvent.keyboard("al");
    await userEvent.click(await canvas.findByRole("option", { name: "Alice Martin" }));
    await userEvent.click(canvas.getByRole("button", { name: "Send message" }));
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [{ type: "input_text", text: "Hi " }, tagOf(alice)],
      inference_options: { tool_choice: null, model: null },
    });
  },
};

export const ChipIsAtomic: Story = {
  name: "A chip is removed whole and Escape closes the list",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("@bob");
    await canvas.findByRole("option", { name: "Bob Okafor" });
    await userEvent.keyboard("{Enter}");
    // Caret is after the space that follows the chip: one Backspace removes the space, the next the whole chip.
    await userEvent.keyboard("{Backspace}");
    await expect(editor.querySelector("[data-cw-tag]")).not.toBeNull();
    await userEvent.keyboard("{Backspace}");
    await expect(editor.querySelector("[data-cw-tag]")).toBeNull();
    await expect(editor.textContent).toBe("");

    await userEvent.keyboard("@al");
    await canvas.findByRole("listbox");
    await press("{Escape}", canvasElement);
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await expect(editor).toHaveFocus();
    // Enter now sends the typed text as it is.
    await userEvent.keyboard("{Enter}");
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [{ type: "input_text", text: "@al" }],
      inference_options: { tool_choice: null, model: null },
    });
  },
};

/** Answers for shorter queries arrive last: the list must still show the answer to the newest query. */
export const StaleAnswersDropped: Story = {
  name: "A late answer never replaces the newer list",
  args: {
    onTagSearch: fn(async (query: string) => {
      await delay(query.length <= 1 ? 400 : 20);
      return matchEntities(query);
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("@a");
    await userEvent.keyboard("lin");
    await waitFor(() => expect(canvas.getAllByRole("option").map((option) => option.textContent)).toEqual(["Alina Petrova"]));
    await delay(500); // the answer to "a" (every A-word) has arrived by now
    await expect(canvas.getAllByRole("option").map((option) => option.textContent)).toEqual(["Alina Petrova"]);
    await expect(canvasElement.querySelector('[role="status"]')).toHaveTextContent("");
  },
};

export const LoadingAndEmpty: Story = {
  name: "Slow search shows loading, no match says so",
  args: {
    onTagSearch: fn(async (query: string) => {
      await delay(query === "slow" ? 600 : 10);
      return matchEntities(query);
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("@slow");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Searching…"));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("No results for “slow”"));
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await expect(editor).toHaveAttribute("aria-expanded", "false");
  },
};

/**
 * Tools by keyboard only: the Tools menu button (Enter or Down opens the menu on its first item, Down moves, Enter
 * picks and gives focus back to the button), a pinned tool's toggle button (Space, Enter), the send button, and
 * the selected tool's remove button (focus goes back to the message field when it disappears).
 */
export const Tools: Story = {
  name: "Tools: pick from the menu, placeholder, tool_choice",
  args: { tools: TOOLS, placeholder: "Message the newsroom" },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await expect(editor).toHaveAttribute("data-placeholder", "Message the newsroom");

    await tabTo(canvas.getByRole("button", { name: "Tools" }));
    await press("{Enter}", canvasElement);
    const events = await canvas.findByRole("menuitemradio", { name: "Find events" });
    await waitFor(() => expect(events).toHaveFocus());
    await press("{Enter}", canvasElement);
    await expect(args.onToolChange).toHaveBeenLastCalledWith("event_finder");
    await waitFor(() => expect(canvas.queryByRole("menu")).toBeNull());
    await waitFor(() => expect(canvas.getByRole("button", { name: "Tools, Find events selected" })).toHaveFocus());
    await expect(editor).toHaveAttribute("data-placeholder", "Which events are you looking for?");
    await expect(canvas.getByText("Events")).toBeVisible();

    await tabTo(editor, { shift: true });
    await press("Concerts this weekend{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenLastCalledWith({
      content: [{ type: "input_text", text: "Concerts this weekend" }],
      inference_options: { tool_choice: { id: "event_finder" }, model: null },
    });
    await expect(editor).toHaveFocus();
    // Not persistent: cleared after sending.
    await expect(args.onToolChange).toHaveBeenLastCalledWith(null);
    await expect(canvas.queryByRole("button", { name: "Remove Find events" })).toBeNull();
    await expect(editor).toHaveAttribute("data-placeholder", "Message the newsroom");

    // A pinned tool is a toggle button: Space and Enter switch it.
    const general = canvas.getByRole("button", { name: "General" });
    await expect(general).toHaveAttribute("aria-pressed", "false");
    await tabTo(general);
    await press(" ", canvasElement);
    await expect(general).toHaveAttribute("aria-pressed", "true");
    await expect(args.onToolChange).toHaveBeenLastCalledWith("general");
    await expect(editor).toHaveAttribute("data-placeholder", "Ask anything about the news");
    await press("{Enter}", canvasElement);
    await expect(general).toHaveAttribute("aria-pressed", "false");
    await expect(args.onToolChange).toHaveBeenLastCalledWith(null);
    await expect(general).toHaveFocus();

    // A persistent tool stays selected; its chip removes it.
    await tabTo(canvas.getByRole("button", { name: "Tools" }), { shift: true });
    await press("{ArrowDown}", canvasElement);
    await waitFor(() => expect(canvas.getByRole("menuitemradio", { name: "Find events" })).toHaveFocus());
    await press("{ArrowDown}", canvasElement);
    await expect(canvas.getByRole("menuitemradio", { name: "Search the archive" })).toHaveFocus();
    await press("{Enter}", canvasElement);
    await expect(args.onToolChange).toHaveBeenLastCalledWith("search_archive");
    await tabTo(editor, { shift: true });
    await press("Elections 1990", canvasElement);
    // Sent with the send button: it is disabled once the field is empty, so focus goes back to the field.
    await tabTo(canvas.getByRole("button", { name: "Send message" }));
    await press("{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenLastCalledWith({
      content: [{ type: "input_text", text: "Elections 1990" }],
      inference_options: { tool_choice: { id: "search_archive" }, model: null },
    });
    await expect(args.onSend).toHaveBeenCalledTimes(2);
    await expect(editor).toHaveFocus();
    const remove = canvas.getByRole("button", { name: "Remove Search the archive" });
    await tabTo(remove);
    await press("{Enter}", canvasElement);
    await expect(args.onToolChange).toHaveBeenLastCalledWith(null);
    await expect(canvas.queryByText("Archive")).toBeNull();
    // The remove button is gone: focus is back on the message field.
    await expect(editor).toHaveFocus();
  },
};

export const ToolSelected: Story = {
  name: "Tool selected (chip)",
  args: { tools: TOOLS },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Tools" }));
    await userEvent.click(await canvas.findByRole("menuitemradio", { name: "Find events" }));
    await expect(canvas.getByRole("button", { name: "Remove Find events" })).toBeVisible();
    // The icon-only Tools button says which tool is on.
    await expect(canvas.getByRole("button", { name: "Tools, Find events selected" })).toBeVisible();
  },
};

/** The model menu by keyboard only: Enter opens it, Home/End and arrows skip the disabled model, Escape closes. */
export const Models: Story = {
  name: "Models: default, disabled, picked",
  args: { models: MODELS, onModelChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: "Model: Thorough" });
    await tabTo(trigger);
    await press("{Enter}", canvasElement);
    const fast = await canvas.findByRole("menuitemradio", { name: /Fast/ });
    await expect(canvas.getByRole("menuitemradio", { name: /Legacy/ })).toHaveAttribute("aria-disabled", "true");
    const thorough = canvas.getByRole("menuitemradio", { name: /Thorough/ });
    await expect(thorough).toHaveAttribute("aria-checked", "true");
    await waitFor(() => expect(fast).toHaveFocus());
    // End goes to the last model that can be chosen (Legacy is disabled), Home back to the first.
    await press("{End}", canvasElement);
    await expect(thorough).toHaveFocus();
    await press("{Home}", canvasElement);
    await expect(fast).toHaveFocus();
    // Escape closes the menu without a change and gives focus back to the button.
    await press("{Escape}", canvasElement);
    await waitFor(() => expect(canvas.queryByRole("menu")).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onModelChange).not.toHaveBeenCalled();
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(canvas.getByRole("menuitemradio", { name: /Fast/ })).toHaveFocus());
    await press("{Enter}", canvasElement);
    await expect(args.onModelChange).toHaveBeenLastCalledWith("gpt-4.1-mini");
    await expect(args.onModelChange).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.getByRole("button", { name: "Model: Fast" })).toHaveFocus());
    await tabTo(input(canvasElement), { shift: true });
    await press("Hello{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenLastCalledWith({
      content: [{ type: "input_text", text: "Hello" }],
      inference_options: { tool_choice: null, model: "gpt-4.1-mini" },
    });
  },
};

function ProgrammaticComposer(props: Parameters<typeof Composer>[0]) {
  const ref = useRef<ComposerHandle>(null);
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <Button
        label="Prefill"
        variant="outline"
        color="secondary"
        onClick={() =>
          ref.current?.setComposerValue({
            content: [
              { type: "input_text", text: "Summarise " },
              { type: "input_tag", id: article.id, text: article.title, data: { type: "article" }, group: "Articles", interactive: true },
              { type: "input_text", text: " for " },
            ],
            selectedToolId: "search_archive",
          })
        }
      />
      <Button label="Focus composer" variant="outline" color="secondary" onClick={() => ref.current?.focus()} />
      <Composer ref={ref} {...props} />
    </div>
  );
}

export const SetComposerValue: Story = {
  name: "setComposerValue and focus through the ref",
  args: { tools: TOOLS },
  render: (args) => <ProgrammaticComposer {...args} />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    // By keyboard: Enter on the app's buttons.
    await tabTo(canvas.getByRole("button", { name: "Prefill" }));
    await press("{Enter}", canvasElement);
    await expect(editor.querySelector("[data-cw-tag]")?.textContent).toBe("@The Future of AI");
    await tabTo(canvas.getByRole("button", { name: "Focus composer" }));
    await press("{Enter}", canvasElement);
    await expect(editor).toHaveFocus();
    await userEvent.keyboard("@ali");
    await canvas.findByRole("option", { name: "Alice Martin" });
    await userEvent.keyboard("{Enter}{Enter}");
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [
        { type: "input_text", text: "Summarise " },
        tagOf(article),
        { type: "input_text", text: " for " },
        tagOf(alice),
      ],
      inference_options: { tool_choice: { id: "search_archive" }, model: null },
    });
  },
};

export const ClipboardAndIme: Story = {
  name: "Copy yields plain text, paste takes plain text, IME is left alone",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await userEvent.click(editor);
    await userEvent.keyboard("Hi @bob");
    await canvas.findByRole("option", { name: "Bob Okafor" });
    await userEvent.keyboard("{Enter}");

    document.getSelection()!.selectAllChildren(editor);
    const copied = await userEvent.copy();
    await expect(copied?.getData("text/plain")).toBe("Hi @Bob Okafor ");
    await expect(copied?.getData("text/html")).toBe("");

    document.getSelection()!.collapse(editor, editor.childNodes.length);
    await userEvent.paste("<b>bold</b> text");
    await expect(editor.querySelector("b")).toBeNull();
    await expect(editor.textContent).toBe("Hi @Bob Okafor <b>bold</b> text");

    // While an IME composes, "@al" typed into the text is not searched; it is once the composition ends.
    editor.replaceChildren();
    editor.focus();
    const calls = (args.onTagSearch as ReturnType<typeof fn>).mock.calls.length;
    editor.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    editor.append(document.createTextNode("@al"));
    document.getSelection()!.collapse(editor.firstChild!, 3);
    editor.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
    await delay(50);
    await expect((args.onTagSearch as ReturnType<typeof fn>).mock.calls.length).toBe(calls);
    editor.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "al" }));
    await expect(await canvas.findByRole("option", { name: "Alice Martin" })).toBeVisible();
    await expect(args.onTagSearch).toHaveBeenLastCalledWith("al");
  },
};

function PrefilledComposer(props: Parameters<typeof Composer>[0]) {
  const ref = useRef<ComposerHandle>(null);
  useEffect(() => {
    ref.current?.setComposerValue({
      content: [
        { type: "input_text", text: "What did " },
        { type: "input_tag", id: alice.id, text: alice.title, group: "People", interactive: true },
        { type: "input_text", text: " write about " },
        { type: "input_tag", id: article.id, text: article.title, group: "Articles", interactive: true },
        { type: "input_text", text: " last week?" },
      ],
      selectedToolId: "event_finder",
    });
  }, []);
  return <Composer ref={ref} {...props} />;
}

export const WithTags: Story = {
  name: "With tags and a tool",
  args: { tools: TOOLS, models: MODELS, showComposerMenu: true },
  render: (args) => <PrefilledComposer {...args} />,
  play: async ({ canvasElement }) => {
    const editor = input(canvasElement);
    await expect(Array.from(editor.querySelectorAll("[data-cw-tag]"), (chip) => chip.textContent)).toEqual([
      "@Alice Martin",
      "@The Future of AI",
    ]);
    await expect(within(canvasElement).getByRole("button", { name: "Send message" })).toBeEnabled();
  },
};

export const Disabled: Story = {
  args: { disabled: true, tools: TOOLS, models: MODELS },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(input(canvasElement)).toHaveAttribute("contenteditable", "false");
    await expect(canvas.getByRole("button", { name: "Send message" })).toBeDisabled();
  },
};
