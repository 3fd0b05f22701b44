import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { DatePicker, DATE_PICKER_SIZES, DATE_PICKER_VARIANTS, DATE_PICKER_SIDES, DATE_PICKER_ALIGNS } from "../../src/components/DatePicker";
import { expectFocusKept, press, tabTo } from "../keyboard";
import { WidgetHarness } from "./WidgetHarness";

/** A date field: trigger + calendar popover (react-day-picker, loaded on first use); value `yyyy-mm-dd`. */
const meta = {
  title: "Components/DatePicker",
  component: DatePicker,
  args: { name: "due", placeholder: "Pick a due date", "aria-label": "Due date", onValueChange: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: DATE_PICKER_VARIANTS },
    size: { control: "select", options: DATE_PICKER_SIZES },
    side: { control: "inline-radio", options: DATE_PICKER_SIDES },
    align: { control: "inline-radio", options: DATE_PICKER_ALIGNS },
  },
} satisfies Meta<typeof DatePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every variant at a few sizes, with a chosen day. */
export const VariantsAndSizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(4, max-content)", gap: 8, alignItems: "center" }}>
      {(["xs", "md", "lg", "xl"] as const).flatMap((size) =>
        DATE_PICKER_VARIANTS.map((variant) => (
          <DatePicker key={`${size}-${variant}`} {...args} variant={variant} size={size} defaultValue="2024-03-15" aria-label={`${variant} ${size}`} />
        )),
      )}
    </div>
  ),
};

/** Placeholder, chosen (a datetime default is read as its day), pill, block, clearable, disabled, invalid. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8, width: 260 }}>
      <div><DatePicker {...args} aria-label="Placeholder" /></div>
      <div><DatePicker {...args} aria-label="Chosen" defaultValue="2024-01-31T09:30:00Z" /></div>
      <div><DatePicker {...args} aria-label="Pill" pill defaultValue="2024-12-24" /></div>
      <DatePicker {...args} aria-label="Block" block defaultValue="2024-06-01" />
      <DatePicker {...args} aria-label="Clearable" block clearable defaultValue="2024-06-01" />
      <div><DatePicker {...args} aria-label="Disabled" disabled defaultValue="2024-06-01" /></div>
      <div><DatePicker {...args} aria-label="Invalid" invalid /></div>
    </div>
  ),
};

// The first open waits for the calendar chunk, which can take a while on a busy machine.
const dayButton = (name: RegExp) => screen.findByRole("button", { name }, { timeout: 10000 });

/** The calendar chunk loads on first open; a click on a day chooses it, closes the popover and fills the hidden field. */
export const ChooseWithMouse: Story = {
  args: { defaultValue: "2024-03-10" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("button", { name: /Due date/ });
    await userEvent.click(trigger);
    await userEvent.click(await dayButton(/March 15(th)?, 2024/));
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledWith("2024-03-15");
    await expect(canvasElement.querySelector<HTMLInputElement>('input[type="hidden"][name="due"]')?.value).toBe("2024-03-15");
    await expect(trigger).toHaveAccessibleName(/Mar 15, 2024/);
  },
};

/** `min`/`max` disable the days outside the range; arrow keys skip to enabled days. */
export const MinAndMax: Story = {
  args: { defaultValue: "2024-03-10", min: "2024-03-05", max: "2024-03-20" },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: /Due date/ }));
    await expect(await dayButton(/March 4(th)?, 2024/)).toBeDisabled();
    await expect(await dayButton(/March 21(st)?, 2024/)).toBeDisabled();
    await expect(await dayButton(/March 5(th)?, 2024/)).toBeEnabled();
    // Clicking a disabled day does nothing; Escape closes without a change.
    await userEvent.click(await dayButton(/March 21(st)?, 2024/), { pointerEventsCheck: 0 });
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

/**
 * `clearable`: the clear control empties the day and the hidden field. By keyboard: Tab to the clear control,
 * Space; the control goes away with the day and focus moves to the trigger, not to the page.
 */
export const Clearable: Story = {
  args: { clearable: true, defaultValue: "2024-03-10" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole("button", { name: "Clear date" }));
    await press(" ", canvasElement);
    await expect(args.onValueChange).toHaveBeenCalledWith("");
    await expect(canvasElement.querySelector<HTMLInputElement>('input[name="due"]')?.value).toBe("");
    const trigger = canvas.getByRole("button", { name: /Due date/ });
    await expect(trigger).toHaveTextContent("Pick a due date");
    await expect(trigger).toHaveFocus();
  },
};

/**
 * A DatePicker node with `onChangeAction`, driven by keyboard only: Enter opens, the chosen day has focus,
 * arrows move, Enter chooses; the app's `onAction` gets the `yyyy-mm-dd` value under the field name.
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
            type: "DatePicker",
            name: "trip.start",
            defaultValue: "2024-03-10",
            onChangeAction: { type: "trip.dates", handler: "client", payload: { tripId: "trip_7" } },
          },
        ]}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const { onAction } = args as unknown as { onAction: ReturnType<typeof fn> };
    const trigger = within(canvasElement).getByRole("button", { name: /Date/ });
    await tabTo(trigger);
    await press("{Enter}");
    const selectedDay = await dayButton(/March 10(th)?, 2024/);
    await waitFor(() => expect(selectedDay).toHaveFocus());
    // Each day's name starts with the number it shows (speech input: "click 10").
    await expect(selectedDay).toHaveAccessibleName(/^10, .*March 10, 2024, selected$/);
    for (const day of screen.getAllByRole("gridcell").flatMap((cell) => [...cell.querySelectorAll("button")])) {
      await expect(day).toHaveAccessibleName(new RegExp(`^${day.textContent}, `));
    }
    // One week down, one day right: March 18.
    await press("{ArrowDown}{ArrowRight}{Enter}");
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    await expect(onAction).toHaveBeenCalledWith(
      { type: "trip.dates", payload: { tripId: "trip_7", trip: { start: "2024-03-18" } } },
      expect.objectContaining({ id: "msg_story" }),
    );
    await waitFor(() => expect(trigger).toHaveFocus());
    await expectFocusKept(canvasElement, "after choosing");
  },
};

/**
 * Keyboard only, with the keys of the APG date picker dialog: Tab reaches the trigger, Enter opens the calendar on
 * the chosen day, PageDown moves a month, arrows move a day, Enter chooses and focus goes back to the trigger;
 * Escape closes without a change; Tab reaches the clear control, Enter clears and focus stays on the trigger.
 */
export const KeyboardOnly: Story = {
  // Ends as Clearable does; captured there.
  tags: ["no-visual"],
  args: { clearable: true, defaultValue: "2024-03-10" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: /Due date/ });
    await tabTo(trigger);
    await press("{Enter}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^10, .*March 10(th)?, 2024/), { timeout: 10000 });
    await press("{PageDown}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^10, .*April 10(th)?, 2024/));
    await press("{ArrowLeft}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^9, .*April 9(th)?, 2024/));
    await press("{Enter}");
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenCalledWith("2024-04-09");
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(trigger).toHaveAccessibleName(/Apr 9, 2024/);

    // Escape closes without a change, focus back on the trigger.
    await press("{Enter}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^9, .*April 9(th)?, 2024, selected/));
    await press("{Escape}");
    await waitFor(() => expect(screen.queryByRole("grid")).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);

    // The clear control removes itself; focus goes to the trigger, never to the page.
    await tabTo(canvas.getByRole("button", { name: "Clear date" }));
    await press("{Enter}", canvasElement);
    await expect(args.onValueChange).toHaveBeenLastCalledWith("");
    await expect(args.onValueChange).toHaveBeenCalledTimes(2);
    await expect(trigger).toHaveFocus();
    await expectFocusKept(canvasElement, "after clearing");
  },
};
