import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { groupEntities } from "../../src/composer";
import { MentionList } from "../../src/composer/MentionList";
import { focused } from "../keyboard";
import { COMMANDS, ENTITIES } from "./fixtures";

/**
 * The suggestion list on its own, in the states the composer shows it (inside the composer it closes when the
 * input loses focus, so these stories are where its look is reviewed). Its keyboard path is the composer's
 * combobox (focus stays in the message field; arrows move `aria-activedescendant`, Enter or Tab picks, Escape
 * closes): see Composer/Composer and Composer/Commands. No option is a Tab stop.
 */
const meta = {
  title: "Composer/Mention list",
  component: MentionList,
  args: {
    listId: "mentions",
    groups: groupEntities(ENTITIES),
    search: { query: "a", status: "ready", results: ENTITIES, resultsQuery: "a", error: null },
    activeEntity: ENTITIES[1],
    optionId: (entity) => `option-${entity.id}`,
    onPick: fn(),
    onHover: fn(),
  },
  parameters: {
    a11y: {
      config: {
        // The list scrolls while focus stays in the composer's combobox, which moves the active option into view
        // (aria-activedescendant + scrollIntoView); a tab stop in the list would close it. axe cannot see that.
        rules: [{ id: "scrollable-region-focusable", enabled: false }],
      },
    },
  },
  decorators: [
    (Story) => (
      // The list is positioned above its composer; this box stands in for the composer.
      <div className="cw-composer" style={{ width: 420, marginTop: 380 }}>
        <Story />
        <span style={{ color: "var(--cw-text-secondary)" }}>Composer</span>
      </div>
    ),
  ],
} satisfies Meta<typeof MentionList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Grouped: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("option", { name: "Alina Petrova" })).toHaveAttribute("aria-selected", "true");
    for (const [group, count] of [["People", 3], ["Articles", 2], ["Topics", 1]] as const) {
      await expect(within(canvas.getByRole("group", { name: group })).getAllByRole("option")).toHaveLength(count);
    }
    // Options are never Tab stops (a Tab stop would take focus out of the composer and close the list).
    await userEvent.tab();
    await expect(canvas.getByRole("listbox").contains(focused())).toBe(false);
    await userEvent.click(canvas.getByRole("option", { name: "The Future of AI" }));
    await expect(args.onPick).toHaveBeenCalledWith(ENTITIES[3]);
  },
};

export const LoadingWithPreviousResults: Story = {
  args: {
    groups: groupEntities(ENTITIES.slice(0, 2)),
    search: { query: "alin", status: "loading", results: ENTITIES.slice(0, 2), resultsQuery: "ali", error: null },
    activeEntity: ENTITIES[0],
  },
  play: async ({ canvasElement }) => {
    // Shown once the search has been pending for a moment (not on every keystroke).
    await waitFor(() => expect(within(canvasElement).getByRole("status")).toHaveTextContent("Searching…"));
  },
};

export const NoResults: Story = {
  args: {
    groups: [],
    search: { query: "zebra", status: "ready", results: [], resultsQuery: "zebra", error: null },
    activeEntity: undefined,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("No results for “zebra”");
    await expect(canvas.queryByRole("listbox")).toBeNull();
  },
};

export const SearchFailed: Story = {
  args: {
    groups: [],
    search: { query: "al", status: "error", results: [], resultsQuery: "al", error: new Error("offline") },
    activeEntity: undefined,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Search failed");
  },
};

/** The `/` command menu: commands by label, each with its description, grouped. */
export const Commands: Story = {
  args: {
    label: "Commands",
    groups: groupEntities(COMMANDS) as never,
    search: { query: "", status: "ready", results: COMMANDS as never, resultsQuery: "", error: null },
    activeEntity: COMMANDS[1] as never,
    optionId: (command) => `command-${command.id}`,
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("listbox", { name: "Commands" })).toBeVisible();
    const translate = canvas.getByRole("option", { name: "Translate" });
    await expect(translate).toHaveAttribute("aria-selected", "true");
    await expect(translate).toHaveAccessibleDescription("Into another language");
    await userEvent.click(canvas.getByRole("option", { name: "Clear draft" }));
    await expect(args.onPick).toHaveBeenCalledWith(COMMANDS[2]);
  },
};
