import type { ReactNode } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../../src/components/Button";
import { Checkbox } from "../../src/components/Checkbox";
import { DatePicker } from "../../src/components/DatePicker";
import { Input } from "../../src/components/Input";
import { RadioGroup } from "../../src/components/RadioGroup";
import { Select } from "../../src/components/Select";
import { Text } from "../../src/components/Text";
import { Textarea } from "../../src/components/Textarea";
import { Composer } from "../../src/composer";
import { WidgetRenderer } from "../../src/renderer";
import { delay, matchEntities, MODELS, TOOLS } from "../composer/fixtures";

/**
 * Focus and chosen states of every control, as a keyboard user sees them: each story leaves one part focused
 * (and its list or menu open). The story harness keeps that state (tag `focus-state`), checks the focus
 * indicator and the active option at 3:1 in light and dark, and captures light, dark and forced-colors
 * baselines (Chromium's `forced-colors: active` emulation). See docs/accessibility.md.
 */
const meta = {
  title: "Foundations/Focus and state",
  tags: ["focus-state"],
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** A fixed frame, tall enough for an open list, so the captures are the same size in every mode. */
function Frame({ children, height = 80, width = 320 }: { children: ReactNode; height?: number; width?: number }) {
  return <div style={{ width, minHeight: height, display: "grid", alignContent: "start", gap: 12 }}>{children}</div>;
}

const PLANS = [
  { value: "free", label: "Free", description: "For trying things out" },
  { value: "pro", label: "Pro", description: "$20 per month" },
  { value: "team", label: "Team", description: "$30 per seat" },
  { value: "enterprise", label: "Enterprise", description: "Talk to sales", disabled: true },
];

/** Tab to the first control of the story. */
async function tabTo(element: HTMLElement) {
  await userEvent.tab();
  await waitFor(() => expect(element).toHaveFocus());
}

export const ButtonFocused: Story = {
  name: "Button: focused",
  render: () => (
    <Frame>
      <div style={{ display: "flex", gap: 8 }}>
        <Button label="Approve" color="primary" variant="solid" />
        <Button label="Details" color="secondary" variant="outline" />
      </div>
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("button", { name: "Approve" })),
};

export const InputFocused: Story = {
  name: "Input: focused, next to an invalid field",
  render: () => (
    <Frame>
      <Input aria-label="Email" defaultValue="ada@example.com" />
      <Input aria-label="Code" defaultValue="12x" invalid />
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("textbox", { name: "Email" })),
};

export const TextareaFocused: Story = {
  name: "Textarea: focused",
  render: () => (
    <Frame height={96}>
      <Textarea aria-label="Notes" defaultValue="Bring the slides." rows={3} />
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("textbox", { name: "Notes" })),
};

export const EditableTextFocused: Story = {
  name: "Editable Text: focused",
  render: () => (
    <Frame>
      <Text value="Quarterly review" size="lg" weight="semibold" editable={{ name: "title" }} aria-label="Title" />
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("textbox")),
};

export const CheckboxStates: Story = {
  name: "Checkbox: checked (focused), unchecked, invalid checked, invalid",
  render: () => (
    <Frame height={120}>
      <Checkbox label="Send reminders" defaultChecked />
      <Checkbox label="Share with the team" />
      <Checkbox label="Accept the terms (invalid, checked)" invalid defaultChecked />
      <Checkbox label="Accept the policy (invalid)" invalid />
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("checkbox", { name: "Send reminders" })),
};

export const RadioGroupChecked: Story = {
  name: "RadioGroup: checked option focused",
  render: () => (
    <Frame>
      <RadioGroup
        ariaLabel="Delivery"
        name="delivery"
        direction="col"
        defaultValue="express"
        options={[
          { value: "standard", label: "Standard" },
          { value: "express", label: "Express" },
          { value: "pickup", label: "Pick up" },
        ]}
      />
    </Frame>
  ),
  play: async ({ canvasElement }) => tabTo(within(canvasElement).getByRole("radio", { name: "Express" })),
};

export const SelectOpen: Story = {
  name: "Select: open, chosen option and keyboard-highlighted option",
  render: () => (
    <Frame height={240} width={280}>
      <Select aria-label="Plan" options={PLANS} defaultValue="pro" onValueChange={fn()} />
    </Frame>
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Plan" });
    await tabTo(trigger);
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    // Focus stays on the trigger; the active option is the one it names with aria-activedescendant.
    const active = () => trigger.getAttribute("aria-activedescendant");
    await waitFor(() => expect(active()).toBe(within(listbox).getByRole("option", { name: /Pro/ }).id));
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() => expect(active()).toBe(within(listbox).getByRole("option", { name: /Team/ }).id));
    await expect(trigger).toHaveFocus();
  },
};

/**
 * The list is portalled to `<body>`; it takes the theme of the subtree the select sits in (a dark card
 * inside a light page here), not the page's.
 */
export const SelectFollowsOpenerTheme: Story = {
  name: "Select: the list follows the opener's theme",
  // Checked by computed colours below; its capture differed by a few anti-aliased pixels between runs after the
  // theme switches, and "Select: open" already captures the list in every mode.
  tags: ["no-visual"],
  render: () => (
    <Frame height={240} width={300}>
      <div data-cw-theme="dark" data-testid="dark-card" style={{ padding: 12, borderRadius: 12, background: "var(--cw-surface-elevated)" }}>
        <Select aria-label="Plan" options={PLANS} defaultValue="team" onValueChange={fn()} />
        <span data-testid="probe" style={{ display: "none", background: "var(--cw-surface-elevated)", color: "var(--cw-text-primary)" }} />
      </div>
    </Frame>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    await tabTo(trigger);
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    const content = listbox.closest<HTMLElement>(".cw-select__content")!;
    await expect(content.closest("[data-cw-theme]")?.getAttribute("data-cw-theme")).toBe("dark");
    // The list resolves the same colours as the dark card around the trigger.
    const probe = getComputedStyle(canvas.getByTestId("probe"));
    await expect(getComputedStyle(content).backgroundColor).toBe(probe.backgroundColor);
    await expect(getComputedStyle(within(listbox).getByRole("option", { name: /Team/ })).color).toBe(probe.color);
    // The opener's theme changes while the list is open: the list follows.
    canvas.getByTestId("dark-card").setAttribute("data-cw-theme", "light");
    await waitFor(() => expect(getComputedStyle(content).backgroundColor).toBe(getComputedStyle(canvas.getByTestId("probe")).backgroundColor));
    await expect(content.getAttribute("data-cw-theme")).toBe("light");
    canvas.getByTestId("dark-card").setAttribute("data-cw-theme", "dark");
    await waitFor(() => expect(content.getAttribute("data-cw-theme")).toBe("dark"));
  },
};

export const DatePickerOpen: Story = {
  name: "DatePicker: open, chosen day focused",
  render: () => (
    <Frame height={330} width={300}>
      <div data-cw-theme="dark" data-testid="dark-card" style={{ padding: 12, borderRadius: 12, background: "var(--cw-surface-elevated)" }}>
        <DatePicker aria-label="Start" defaultValue="2024-03-10" align="start" onValueChange={fn()} />
        <span data-testid="probe" style={{ display: "none", background: "var(--cw-surface-elevated)" }} />
      </div>
    </Frame>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: /Start/ });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const day = await screen.findByRole("button", { name: /March 10(th)?, 2024/ }, { timeout: 10000 });
    await waitFor(() => expect(day).toHaveFocus());
    // The calendar is portalled too and follows the dark card it was opened from.
    const content = day.closest<HTMLElement>(".cw-datepicker__content")!;
    await expect(getComputedStyle(content).backgroundColor).toBe(getComputedStyle(canvas.getByTestId("probe")).backgroundColor);
  },
};

export const ListViewRowFocused: Story = {
  name: "ListView: clickable row focused",
  render: () => (
    <Frame height={160} width={340}>
      <WidgetRenderer
        item={{ id: "msg_story" }}
        onAction={fn()}
        widget={{
          type: "ListView",
          children: [
            { type: "ListViewItem", onClickAction: { type: "open", handler: "client" }, children: [{ type: "Text", value: "Quarterly review" }] },
            { type: "ListViewItem", onClickAction: { type: "open", handler: "client" }, children: [{ type: "Text", value: "Design sync" }] },
          ],
        }}
      />
    </Frame>
  ),
  play: async ({ canvasElement }) => {
    const row = (await within(canvasElement).findByText("Quarterly review")).closest<HTMLElement>(".cw-list-view-item")!;
    await tabTo(row);
  },
};

const composerFrame = (story: () => ReactNode, room = 230) => (
  // Room above the composer for the suggestion list and the menus, which open upwards.
  <div style={{ width: 480, paddingTop: room }}>{story()}</div>
);

export const ComposerFocused: Story = {
  name: "Composer: message field focused",
  render: () => composerFrame(() => <Composer onSend={fn()} tools={TOOLS} />),
  play: async ({ canvasElement }) => {
    const editor = within(canvasElement).getByRole("combobox", { name: "Message" });
    await tabTo(editor);
    await userEvent.keyboard("Draft the agenda");
  },
};

export const MentionActive: Story = {
  name: "Composer: active @mention suggestion",
  render: () =>
    composerFrame(() => (
      <Composer
        onSend={fn()}
        onTagSearch={async (query: string) => {
          await delay(10);
          return matchEntities(query);
        }}
      />
    ), 300),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole("combobox", { name: "Message" });
    await tabTo(editor);
    await userEvent.keyboard("Ask @al");
    await canvas.findByRole("option", { name: "Alice Martin" });
    await userEvent.keyboard("{ArrowDown}");
    const second = canvas.getByRole("option", { name: "Alina Petrova" });
    await waitFor(() => expect(editor).toHaveAttribute("aria-activedescendant", second.id));
  },
};

export const ToolsMenuOpen: Story = {
  name: "Composer: Tools menu, highlighted item",
  render: () => composerFrame(() => <Composer onSend={fn()} tools={TOOLS} />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tools = canvas.getByRole("button", { name: "Tools" });
    tools.focus();
    await userEvent.keyboard("{Enter}");
    const items = await canvas.findAllByRole("menuitemradio");
    await waitFor(() => expect(items[0]).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() => expect(items[1]).toHaveFocus());
  },
};

export const ModelMenuOpen: Story = {
  name: "Composer: Model menu, chosen and highlighted items",
  render: () => composerFrame(() => <Composer onSend={fn()} models={MODELS} onModelChange={fn()} />),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: /^Model:/ });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const items = await canvas.findAllByRole("menuitemradio");
    await waitFor(() => expect(items.some((item) => item === document.activeElement)).toBe(true));
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("menuitemradio"));
  },
};
