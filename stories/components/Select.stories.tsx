import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { Select, SELECT_SIZES, SELECT_VARIANTS } from "../../src/components/Select";
import { expectFocusKept, press, tabTo } from "../keyboard";
import { WidgetHarness } from "./WidgetHarness";

const PLANS = [
  { value: "free", label: "Free", description: "For trying things out" },
  { value: "pro", label: "Pro", description: "$20 per month" },
  { value: "team", label: "Team", description: "$30 per seat" },
  { value: "enterprise", label: "Enterprise", description: "Talk to sales", disabled: true },
];

const CITIES = [
  "Amsterdam", "Athens", "Barcelona", "Berlin", "Bern", "Bratislava", "Brussels", "Bucharest", "Budapest",
  "Copenhagen", "Dublin", "Helsinki", "Lisbon", "Ljubljana", "London", "Madrid", "Oslo", "Paris", "Prague",
  "Riga", "Rome", "Sofia", "Stockholm", "Tallinn", "Vienna", "Vilnius", "Warsaw", "Zagreb",
].map((city) => ({ value: city.toLowerCase(), label: city }));

/** A dropdown of options (Radix Select) with descriptions, disabled options, search and a clear control. */
const meta = {
  title: "Components/Select",
  component: Select,
  args: { name: "plan", options: PLANS, placeholder: "Choose a plan", "aria-label": "Plan", onValueChange: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: SELECT_VARIANTS },
    size: { control: "select", options: SELECT_SIZES },
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every variant at every size, with a chosen value. */
export const VariantsAndSizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(4, max-content)", gap: 8, alignItems: "center" }}>
      {SELECT_SIZES.flatMap((size) =>
        SELECT_VARIANTS.map((variant) => (
          <Select key={`${size}-${variant}`} {...args} variant={variant} size={size} defaultValue="pro" aria-label={`${variant} ${size}`} />
        )),
      )}
    </div>
  ),
};

/** Placeholder, chosen, pill, block, clearable, disabled and invalid. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8, width: 260 }}>
      <div><Select {...args} aria-label="Placeholder" /></div>
      <div><Select {...args} aria-label="Chosen" defaultValue="team" /></div>
      <div><Select {...args} aria-label="Pill" pill defaultValue="free" /></div>
      <Select {...args} aria-label="Block" block defaultValue="pro" />
      <Select {...args} aria-label="Clearable" block clearable defaultValue="pro" />
      <div><Select {...args} aria-label="Disabled" disabled defaultValue="free" /></div>
      <div><Select {...args} aria-label="Invalid" invalid /></div>
    </div>
  ),
};

/** Mouse: open the list, descriptions show under the labels, the disabled option cannot be chosen. */
export const ChooseWithMouse: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Plan" });
    await userEvent.click(trigger);
    const listbox = await screen.findByRole("listbox");
    await expect(within(listbox).getByText("$20 per month")).toBeVisible();
    await expect(within(listbox).getByRole("option", { name: /Enterprise/ })).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(within(listbox).getByRole("option", { name: /Pro/ }));
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledWith("pro");
    await expect(trigger).toHaveTextContent("Pro");
  },
};

/**
 * `clearable`: the clear control empties the choice and reports `""`. By keyboard: Tab past the trigger to the
 * clear control, Enter; the control goes away with the value and focus moves to the trigger, not to the page.
 */
export const Clearable: Story = {
  args: { clearable: true, defaultValue: "team" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    await tabTo(trigger);
    await tabTo(canvas.getByRole("button", { name: "Clear selection" }));
    await press("{Enter}", canvasElement);
    await expect(args.onValueChange).toHaveBeenCalledWith("");
    await expect(trigger).toHaveTextContent("Choose a plan");
    await expect(canvas.queryByRole("button", { name: "Clear selection" })).not.toBeInTheDocument();
    await expect(trigger).toHaveFocus();
  },
};

/** More than 15 options: a search field filters the list; ArrowDown moves into the results, Enter chooses. */
export const Searchable: Story = {
  args: { name: "city", options: CITIES, placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    await tabTo(trigger);
    await press("{Enter}");
    const search = await screen.findByRole("searchbox", { name: "Search options" });
    await waitFor(() => expect(search).toHaveFocus());
    await userEvent.keyboard("bu");
    const listbox = screen.getByRole("listbox");
    await waitFor(() =>
      expect(within(listbox).getAllByRole("option").map((option) => option.textContent)).toEqual(["Bucharest", "Budapest"]),
    );
    await press("{ArrowDown}{ArrowDown}{Enter}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledWith("budapest");
    await expect(trigger).toHaveTextContent("Budapest");
    await expectFocusKept(canvasElement, "after choosing");
    await expect(trigger).toHaveFocus();
  },
};

/**
 * A Select node with `onChangeAction`, chosen by keyboard: the app's `onAction` gets the action with the
 * chosen value under the field name, merged into the static payload.
 */
export const OnChangeAction: Story = {
  args: { onAction: fn() } as never,
  render: (args) => {
    const { onAction } = args as unknown as { onAction: () => void };
    return (
      <WidgetHarness
        onAction={onAction}
        nodes={[
          {
            type: "Select",
            name: "plan",
            options: PLANS,
            placeholder: "Choose a plan",
            defaultValue: "free",
            onChangeAction: { type: "plan.changed", handler: "client", payload: { accountId: "acct_42" } },
          },
        ]}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const { onAction } = args as unknown as { onAction: ReturnType<typeof fn> };
    const trigger = within(canvasElement).getByRole("combobox");
    await tabTo(trigger);
    await press("{Enter}");
    const listbox = await screen.findByRole("listbox");
    await waitFor(() => expect(within(listbox).getByRole("option", { name: /Free/ })).toHaveFocus());
    await press("{ArrowDown}{ArrowDown}{Enter}");
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    await expect(onAction).toHaveBeenCalledWith(
      { type: "plan.changed", payload: { accountId: "acct_42", plan: "team" } },
      expect.objectContaining({ id: "msg_story" }),
    );
    await expect(trigger).toHaveTextContent("Team");
    await expectFocusKept(canvasElement, "after choosing");
  },
};
