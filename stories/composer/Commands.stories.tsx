import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Composer, type Command, type CommandSelection, type Entity } from "../../src/composer";
import { press, tabTo } from "../keyboard";
import { COMMANDS, delay, ENTITIES, LANGUAGES, matchCommands, matchEntities } from "./fixtures";

const article = ENTITIES.find((entity) => entity.id === "article_123")!;
const german: Entity = { id: "lang_de", title: "German", group: "Language", data: { type: "language", code: "de" } };

/** The app's `commands.onSelect`: Summarize inserts an article, Translate opens languages, Clear only acts. */
async function onSelect(command: Command): Promise<CommandSelection | void> {
  await delay(20);
  if (command.id === "summarize") return { type: "entity", entity: article };
  if (command.id === "translate") return { type: "menu", commands: LANGUAGES };
  if (command.id === "lang_de") return { type: "entity", entity: german };
}

/**
 * ChatKit's `commands` (1.9): `/` opens a command menu on the same combobox as @mentions. Play functions assert the
 * exact commands handed to `onSelect` and the exact message that reaches `onSend`.
 */
const meta = {
  title: "Composer/Commands",
  component: Composer,
  args: {
    onSend: fn(),
    onTagSearch: fn(async (query: string) => matchEntities(query)),
    commands: {
      onSearch: fn(async (query: string) => {
        await delay(20);
        return matchCommands(query);
      }),
      onSelect: fn(onSelect),
    },
  },
  decorators: [
    (Story) => (
      <div style={{ width: 560, paddingTop: 300 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Composer>;
export default meta;
type Story = StoryObj<typeof meta>;

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
const optionNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole("option")
    .map((option) => option.querySelector(".cw-composer__mention-title")?.textContent);

export const CommandInsertsEntity: Story = {
  name: "A command that inserts an entity chip",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("Please /");
    await expect(args.commands!.onSearch).toHaveBeenLastCalledWith("");
    const list = await canvas.findByRole("listbox", { name: "Commands" });
    await expect(editor).toHaveAttribute("aria-expanded", "true");
    await expect(editor).toHaveAttribute("aria-controls", list.id);
    // Grouped by `group`; each option is named by its label and described by its description.
    await expect(within(canvas.getByRole("group", { name: "Write" })).getAllByRole("option")).toHaveLength(2);
    await expect(within(canvas.getByRole("group", { name: "Composer" })).getAllByRole("option")).toHaveLength(1);
    const summarize = canvas.getByRole("option", { name: "Summarize" });
    await expect(summarize).toHaveAccessibleDescription("Summarize an article");
    await expect(editor).toHaveAttribute("aria-activedescendant", summarize.id);

    await userEvent.keyboard("su");
    await expect(args.commands!.onSearch).toHaveBeenLastCalledWith("su");
    await waitFor(() => expect(optionNames(canvasElement)).toEqual(["Summarize"]));
    await press("{Enter}", canvasElement);
    await expect(args.commands!.onSelect).toHaveBeenCalledTimes(1);
    await expect(args.commands!.onSelect).toHaveBeenCalledWith(COMMANDS[0]);
    // The chip replaces "/su"; typing continues after it.
    await waitFor(() => expect(editor.querySelector("[data-cw-tag]")).toHaveTextContent("@The Future of AI"));
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await expect(editor).toHaveFocus();
    await press("briefly{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenCalledTimes(1);
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [{ type: "input_text", text: "Please " }, tagOf(article), { type: "input_text", text: " briefly" }],
      inference_options: { tool_choice: null, model: null },
    });
  },
};

export const CommandOpensMenu: Story = {
  name: "A command that opens a further menu",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("/tr");
    await canvas.findByRole("option", { name: "Translate" });
    await userEvent.click(canvas.getByRole("option", { name: "Translate" }));
    await expect(args.commands!.onSelect).toHaveBeenLastCalledWith(COMMANDS[1]);
    // The menu now lists the languages; "/tr" became "/" and what is typed next filters them, without a search.
    await waitFor(() => expect(optionNames(canvasElement)).toEqual(["French", "German", "Spanish"]));
    await expect(editor).toHaveTextContent(/^\/$/);
    const searches = (args.commands!.onSearch as ReturnType<typeof fn>).mock.calls.length;
    await userEvent.keyboard("ger");
    await expect(optionNames(canvasElement)).toEqual(["German"]);
    await expect(args.commands!.onSearch).toHaveBeenCalledTimes(searches);
    await press("{Enter}", canvasElement);
    await expect(args.commands!.onSelect).toHaveBeenLastCalledWith(LANGUAGES[1]);
    await waitFor(() => expect(editor.querySelector("[data-cw-tag]")).toHaveTextContent("@German"));
    await press("{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [tagOf(german)],
      inference_options: { tool_choice: null, model: null },
    });
  },
};

export const EffectOnlyCommand: Story = {
  name: "A command that only acts removes its text",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("Draft /cle");
    await canvas.findByRole("option", { name: "Clear draft" });
    await press("{Enter}", canvasElement);
    await expect(args.commands!.onSelect).toHaveBeenCalledWith(COMMANDS[2]);
    await waitFor(() => expect(editor.textContent).toBe("Draft "));
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await expect(args.onSend).not.toHaveBeenCalled();
    // Escape-free: typing `/` again after a space reopens the menu.
    await userEvent.keyboard("/");
    await canvas.findByRole("listbox", { name: "Commands" });
    await press("{Escape}", canvasElement);
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await press("{Enter}", canvasElement);
    await expect(args.onSend).toHaveBeenCalledWith({
      content: [{ type: "input_text", text: "Draft /" }],
      inference_options: { tool_choice: null, model: null },
    });
  },
};

export const CommandKeyboardAndMentions: Story = {
  name: "Arrow keys wrap; `/` inside a word and `@` stay what they are",
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    // "either/or" is a word, not a command.
    await userEvent.keyboard("either/or ");
    await expect(args.commands!.onSearch).not.toHaveBeenCalled();
    await userEvent.keyboard("/");
    await canvas.findByRole("option", { name: "Summarize" });
    await userEvent.keyboard("{ArrowUp}");
    await expect(canvas.getByRole("option", { name: "Clear draft" })).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("option", { name: "Summarize" })).toHaveAttribute("aria-selected", "true");
    // Backspacing the `/` closes the command menu; `@` opens the mention list on the same combobox.
    await userEvent.keyboard("{Backspace}");
    await waitFor(() => expect(canvas.queryByRole("listbox")).toBeNull());
    await userEvent.keyboard("@ali");
    await canvas.findByRole("listbox", { name: "Suggestions" });
    await expect(args.onTagSearch).toHaveBeenLastCalledWith("ali");
    await expect(canvas.getByRole("option", { name: "Alice Martin" })).toBeVisible();
  },
};

/** The answer for "/s" arrives after the answer for "/su": the list must show "/su"'s. */
export const StaleCommandAnswersDropped: Story = {
  name: "A late command answer never replaces the newer list",
  args: {
    commands: {
      onSearch: fn(async (query: string) => {
        await delay(query.length <= 1 ? 400 : 20);
        return matchCommands(query);
      }),
      onSelect: fn(onSelect),
    },
  },
  play: async ({ canvasElement }) => {
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("/t");
    await userEvent.keyboard("r");
    await waitFor(() => expect(optionNames(canvasElement)).toEqual(["Translate"]));
    await delay(500);
    await expect(optionNames(canvasElement)).toEqual(["Translate"]);
  },
};

/** A choice that is still running when the menu closes is dropped: nothing is inserted afterwards. */
export const SlowSelectThenEscape: Story = {
  name: "A command still running when the menu closes inserts nothing",
  args: {
    commands: {
      onSearch: fn(async (query: string) => matchCommands(query)),
      onSelect: fn(async (command: Command) => {
        // Longer than the status line's settle time (MENTION_STATUS_SETTLE_MS), so "Running…" is shown first.
        await delay(900);
        return onSelect(command);
      }),
    },
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = input(canvasElement);
    await tabTo(editor);
    await userEvent.keyboard("/sum");
    await canvas.findByRole("option", { name: "Summarize" });
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Running “Summarize”…"));
    await press("{Escape}", canvasElement);
    await delay(1000);
    await expect(editor.querySelector("[data-cw-tag]")).toBeNull();
    await expect(editor).toHaveTextContent(/^\/sum$/);
    await expect(args.commands!.onSelect).toHaveBeenCalledTimes(1);
  },
};
