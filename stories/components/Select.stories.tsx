import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../../src/components/Button";
import { Select, SELECT_SIZES, SELECT_VARIANTS } from "../../src/components/Select";
import { expectFocusKept, press, settled, tabTo } from "../keyboard";
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

/**
 * A dropdown of options (WAI-ARIA select-only combobox + listbox popup, non-modal) with descriptions, disabled
 * options, search and a clear control.
 */
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

/** The option the combobox points at with `aria-activedescendant` (the keyboard-highlighted one). */
function activeOption(combobox: HTMLElement): HTMLElement | null {
  const id = combobox.getAttribute("aria-activedescendant");
  return id ? document.getElementById(id) : null;
}

const expectActive = (combobox: HTMLElement, name: string) =>
  waitFor(() => expect(activeOption(combobox)?.querySelector(".cw-select__label")?.textContent).toBe(name));

/**
 * The page around an open list stays as it was: no `aria-hidden` (or `inert`) on the trigger or any element
 * around it, nor on anything in the story holding a control (a modal list hides all of these).
 */
async function expectPageNotHidden(trigger: HTMLElement) {
  const story = trigger.closest('[data-testid="story-root"]') ?? document.body;
  const around: HTMLElement[] = [];
  for (let element = trigger.parentElement; element && element !== document.documentElement; element = element.parentElement) around.push(element);
  const hidden = [trigger, ...around, ...story.querySelectorAll<HTMLElement>("*")].filter(
    (element) =>
      (element.getAttribute("aria-hidden") === "true" || element.hasAttribute("inert")) &&
      (element.contains(trigger) || element.querySelector("button, input:not([type=hidden]), textarea, [tabindex]:not([tabindex='-1'])") !== null),
  );
  await expect(hidden.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
}

/** A select between two buttons: the Tab order around it is the page's own. */
function BetweenButtons(args: Parameters<typeof Select>[0]) {
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
      <Button label="Before" variant="outline" />
      <Select {...args} />
      <Button label="After" variant="outline" />
    </div>
  );
}

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

/**
 * More than 15 options: the search field above the list is itself a combobox (list autocomplete): typing filters,
 * the first match is active, ArrowDown moves on, Enter chooses and focus goes back to the trigger.
 */
export const Searchable: Story = {
  args: { name: "city", options: CITIES, placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    await tabTo(trigger);
    await press("{Enter}");
    const search = await screen.findByRole("combobox", { name: "Search options" });
    await waitFor(() => expect(search).toHaveFocus());
    const listbox = screen.getByRole("listbox", { name: "City" });
    // The field is outside the list and controls it.
    await expect(listbox.contains(search)).toBe(false);
    await expect(search).toHaveAttribute("aria-controls", listbox.id);
    await expect(search).toHaveAttribute("aria-autocomplete", "list");
    await press("bu");
    await waitFor(() =>
      expect(within(listbox).getAllByRole("option").map((option) => option.textContent)).toEqual(["Bucharest", "Budapest"]),
    );
    await expectActive(search, "Bucharest");
    await press("{ArrowDown}");
    await expectActive(search, "Budapest");
    await press("{Enter}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenCalledWith("budapest");
    await expect(trigger).toHaveTextContent("Budapest");
    await expectFocusKept(canvasElement, "after choosing");
    await expect(trigger).toHaveFocus();
  },
};

/** Whether all of `option` is inside the visible part of its scrolling list. */
function shownInList(option: HTMLElement) {
  const list = option.closest<HTMLElement>('[role="listbox"]')!;
  const outer = list.getBoundingClientRect();
  const inner = option.getBoundingClientRect();
  return inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

/**
 * A chosen option far down a long (so searchable) list is in view each time the list opens, by mouse or by
 * keyboard, and it is the active one; the page itself does not scroll.
 */
export const OpensAtChosenOption: Story = {
  tags: ["no-visual"],
  args: { name: "city", options: CITIES, defaultValue: "vienna", placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    const pageScroll = () => [window.scrollX, window.scrollY];
    const before = pageScroll();
    const expectChosenShown = async () => {
      const listbox = await screen.findByRole("listbox", { name: "City" });
      const chosen = within(listbox).getByRole("option", { name: "Vienna" });
      await expect(chosen).toHaveAttribute("aria-selected", "true");
      // A list this long is searchable: the search field holds focus and points at the active option.
      await expectActive(await screen.findByRole("combobox", { name: "Search options" }), "Vienna");
      await waitFor(() => expect(listbox.scrollTop).toBeGreaterThan(0));
      await waitFor(() => expect(shownInList(chosen)).toBe(true));
      await expect(pageScroll()).toEqual(before);
    };
    await userEvent.click(trigger);
    await expectChosenShown();
    await press("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
    await press("{Enter}");
    await expectChosenShown();
    await press("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
  },
};

/**
 * A search that matches nothing: "No matches" is written into a `role=status` region that was already there
 * (so screen readers announce it), outside the list. The list stays open, so the harness runs axe with it open
 * (the search field outside `role=listbox`: aria-required-children holds).
 */
export const SearchWithoutMatches: Story = {
  // The open list is captured by "Foundations/Focus and state"; this story checks roles, live region and axe.
  tags: ["no-visual"],
  args: { name: "city", options: CITIES, placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    await tabTo(trigger);
    await press("{ArrowDown}");
    await waitFor(() => expect(document.activeElement?.tagName).toBe("INPUT"));
    const search = document.activeElement as HTMLInputElement;
    // The field is outside the list (a listbox holds options only).
    await expect(screen.getByRole("listbox").contains(search)).toBe(false);
    // The status region is there, empty, before anything is written into it: that is what gets it announced.
    const status = await screen.findByRole("status");
    await expect(status).toHaveTextContent("");
    await press("xyz");
    await waitFor(() => expect(status).toHaveTextContent("No matches"));
    await expect(screen.getByRole("status")).toBe(status);
    await expect(screen.getByRole("listbox").contains(status)).toBe(false);
    await expect(search).toHaveAccessibleName("Search options");
    await expect(search).toHaveAttribute("role", "combobox");
    await expect(search).not.toHaveAttribute("aria-activedescendant");
    // Enter with nothing to choose keeps the value and closes; focus returns to the trigger.
    await press("{Enter}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
    await expect(args.onValueChange).not.toHaveBeenCalled();
    // Open again and leave it open, with no match, for the harness's axe run.
    await press("{ArrowDown}");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Search options" })).toHaveFocus());
    await press("xyz");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No matches"));
    await expectPageNotHidden(trigger);
  },
};

/**
 * Keyboard only, as the APG select-only combobox names the keys. Focus stays on the trigger throughout; the
 * active option is the one `aria-activedescendant` names. Down opens on the chosen option; End/Home/PageUp/
 * PageDown and typeahead move (the disabled option is skipped); Escape closes without a change; Enter, Space and
 * Alt+Up choose; Tab chooses the active option and moves on to the next control.
 */
export const KeyboardOnly: Story = {
  tags: ["no-visual"],
  args: { defaultValue: "pro" },
  render: (args) => <BetweenButtons {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    await tabTo(canvas.getByRole("button", { name: "Before" }));
    await tabTo(trigger);
    await expect(trigger).toHaveAttribute("aria-expanded", "false");

    await press("{ArrowDown}", canvasElement);
    const listbox = await screen.findByRole("listbox", { name: "Plan" });
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(trigger).toHaveAttribute("aria-controls", listbox.id);
    await expectActive(trigger, "Pro");
    await expect(within(listbox).getByRole("option", { name: /Pro/ })).toHaveAttribute("aria-selected", "true");
    await expect(trigger).toHaveFocus();
    await expectPageNotHidden(trigger);

    await press("{End}", canvasElement);
    await expectActive(trigger, "Team"); // Enterprise is disabled
    await press("{Home}", canvasElement);
    await expectActive(trigger, "Free");
    await press("{PageDown}", canvasElement);
    await expectActive(trigger, "Team");
    await press("{PageUp}", canvasElement);
    await expectActive(trigger, "Free");
    await press("t", canvasElement);
    await expectActive(trigger, "Team");
    await press("{ArrowUp}", canvasElement);
    await expectActive(trigger, "Pro");
    await expect(trigger).toHaveFocus();

    // Escape: closed, nothing chosen.
    await press("{Escape}", canvasElement);
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await expect(trigger).not.toHaveAttribute("aria-activedescendant");
    await expect(args.onValueChange).not.toHaveBeenCalled();

    // Space opens, Up moves, Enter chooses.
    await press(" ", canvasElement);
    await expectActive(trigger, "Pro");
    await press("{ArrowUp}{Enter}", canvasElement);
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenLastCalledWith("free");
    await expect(trigger).toHaveTextContent("Free");
    await expect(trigger).toHaveFocus();

    // Enter opens, Down moves, Alt+Up chooses.
    await press("{Enter}", canvasElement);
    await expectActive(trigger, "Free");
    await press("{ArrowDown}{Alt>}{ArrowUp}{/Alt}", canvasElement);
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenLastCalledWith("pro");
    await expect(trigger).toHaveFocus();

    // Tab while open: the active option is chosen, the list closes and focus moves on to the next control.
    await press("{ArrowDown}", canvasElement);
    await expectActive(trigger, "Pro");
    await press("{ArrowDown}", canvasElement);
    await expectActive(trigger, "Team");
    await userEvent.tab();
    await waitFor(() => expect(canvas.getByRole("button", { name: "After" })).toHaveFocus());
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenLastCalledWith("team");
    await expect(args.onValueChange).toHaveBeenCalledTimes(3);
    await expect(trigger).toHaveTextContent("Team");
    await expectFocusKept(canvasElement, "after Tab");
  },
};

/**
 * Tab while the list is open: the active option is chosen, the list closes and focus moves on to the next
 * control (a modal list would keep Tab to itself).
 */
export const TabWhileOpen: Story = {
  tags: ["no-visual"],
  args: { defaultValue: "free" },
  render: (args) => <BetweenButtons {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    const after = canvas.getByRole("button", { name: "After" });
    await tabTo(trigger);
    await press("{Enter}");
    await screen.findByRole("listbox");
    await press("{ArrowDown}");
    await userEvent.tab();
    await waitFor(() => expect(after).toHaveFocus());
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenCalledWith("pro");
    await expect(trigger).toHaveTextContent("Pro");
    // …and Shift+Tab comes back to the trigger.
    await userEvent.tab({ shift: true });
    await expect(trigger).toHaveFocus();
  },
};

/**
 * The list left open by keyboard, so the harness runs axe over the whole page with it open (no rule switched
 * off): the page is not hidden (no aria-hidden-focus), the list holds only options.
 */
export const OpenByKeyboard: Story = {
  // The open list is captured by "Foundations/Focus and state".
  tags: ["no-visual"],
  args: { defaultValue: "team" },
  render: (args) => <BetweenButtons {...args} />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Plan" });
    await tabTo(trigger);
    await press("{Enter}");
    const listbox = await screen.findByRole("listbox");
    await expectPageNotHidden(trigger);
    await expect(listbox).toHaveAccessibleName("Plan");
    await expectActive(trigger, "Team");
    await expect(trigger).toHaveFocus();
    await expect(within(listbox).getAllByRole("option")).toHaveLength(PLANS.length);
    await expect([...listbox.children].every((child) => child.getAttribute("role") === "option")).toBe(true);
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
    await screen.findByRole("listbox");
    await expectActive(trigger, "Free");
    await press("{ArrowDown}{ArrowDown}{Enter}");
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    await expect(onAction).toHaveBeenCalledWith(
      { type: "plan.changed", payload: { accountId: "acct_42", plan: "team" } },
      expect.objectContaining({ id: "msg_story" }),
    );
    await expect(trigger).toHaveTextContent("Team");
    await expectFocusKept(canvasElement, "after choosing");
    await expect(trigger).toHaveFocus();
  },
};

/**
 * Searchable, closed: a letter typed on the trigger opens the list and starts the search with it, exactly as
 * typing it into the search field would: the first match is active and Enter chooses it.
 */
export const SearchFromTrigger: Story = {
  tags: ["no-visual"],
  args: { name: "city", options: CITIES, placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    await tabTo(trigger);
    await press("b");
    const search = await screen.findByRole("combobox", { name: "Search options" });
    await waitFor(() => expect(search).toHaveFocus());
    await expect(search).toHaveValue("b");
    await expectActive(search, "Barcelona");
    await press("{Enter}");
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenCalledWith("barcelona");
    await expect(trigger).toHaveTextContent("Barcelona");
    await expect(trigger).toHaveFocus();
  },
};

const FRUITS = [
  { value: "apple", label: "Apple" },
  { value: "apricot", label: "Apricot" },
  { value: "banana", label: "Banana" },
];

/**
 * Typeahead with nothing chosen: a letter on the closed trigger goes to the first option it starts (Apple, not
 * Apricot); the same letter again, with that option active, moves on to the next one.
 */
export const TypeaheadFromNothing: Story = {
  tags: ["no-visual"],
  args: { name: "fruit", options: FRUITS, placeholder: "Choose a fruit", "aria-label": "Fruit" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Fruit" });
    await tabTo(trigger);
    await press("a", canvasElement);
    await screen.findByRole("listbox", { name: "Fruit" });
    await expectActive(trigger, "Apple");
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenLastCalledWith("apple");
    // Apple chosen: "a" opens on the next option starting with "a".
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the typeahead pause
    await press("a", canvasElement);
    await expectActive(trigger, "Apricot");
    await press("{Escape}", canvasElement);
  },
};

/**
 * Mouse: a click on empty page space closes the list and leaves focus where the click put it (on the page),
 * as any non-modal popup does; the trigger does not pull it back.
 */
export const ClickOutsideCloses: Story = {
  tags: ["no-visual"],
  args: { defaultValue: "pro" },
  render: (args) => (
    <div>
      <Select {...args} />
      <p data-testid="blank" style={{ marginBlockStart: 160, blockSize: 40 }}>
        Blank space
      </p>
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    await userEvent.click(trigger);
    await screen.findByRole("listbox");
    await expect(trigger).toHaveFocus();
    await userEvent.click(canvas.getByTestId("blank"));
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(trigger).not.toHaveFocus();
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

/**
 * Clicks with `detail` 0 (assistive technology: VoiceOver's VO+Space, Voice Control, `element.click()`) open and
 * close the list like a mouse click; Space still opens it once (its own click after keyup is not a second toggle).
 */
export const ClickFromAssistiveTechnology: Story = {
  tags: ["no-visual"],
  args: { defaultValue: "pro" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Plan" });
    trigger.click();
    const listbox = await screen.findByRole("listbox", { name: "Plan" });
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await userEvent.click(within(listbox).getByRole("option", { name: /Team/ }));
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    await expect(args.onValueChange).toHaveBeenLastCalledWith("team");
    trigger.click();
    await screen.findByRole("listbox");
    trigger.click();
    await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
    // Keyboard: Space opens once and stays open; Enter chooses and stays closed.
    await tabTo(trigger);
    await press(" ", canvasElement);
    await settled();
    await expect(screen.getByRole("listbox")).toBeInTheDocument();
    await expectActive(trigger, "Team");
    await press("{ArrowUp}{Enter}", canvasElement);
    await settled();
    await expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    await expect(args.onValueChange).toHaveBeenLastCalledWith("pro");
    // The Space click that was skipped does not swallow the next one.
    trigger.click();
    await screen.findByRole("listbox");
    await press("{Escape}", canvasElement);
  },
};

/**
 * Searchable, last control on the page: Tab from the search field chooses and moves on from the trigger; with
 * nothing after it, focus stays on the trigger. Shift+Tab chooses and goes back to the trigger. Focus never
 * passes through Radix's focus guards.
 */
export const TabFromSearchAtPageEnd: Story = {
  tags: ["no-visual"],
  args: { name: "city", options: CITIES, placeholder: "Choose a city", "aria-label": "City" },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "City" });
    const reached: Element[] = [];
    const record = (event: FocusEvent) => reached.push(event.target as Element);
    document.addEventListener("focusin", record);
    try {
      await tabTo(trigger);
      await press("{Enter}");
      const search = await screen.findByRole("combobox", { name: "Search options" });
      await waitFor(() => expect(search).toHaveFocus());
      await press("rom");
      await expectActive(search, "Rome");
      await userEvent.tab();
      await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
      await expectFocusKept(canvasElement, "after Tab from the search field");
      await expect(trigger).toHaveFocus();
      await expect(args.onValueChange).toHaveBeenCalledWith("rome");
      // Shift+Tab from the search field chooses too and goes back to the trigger.
      await press("{Enter}");
      await waitFor(() => expect(screen.getByRole("combobox", { name: "Search options" })).toHaveFocus());
      await press("sof");
      await expectActive(screen.getByRole("combobox", { name: "Search options" }), "Sofia");
      await userEvent.tab({ shift: true });
      await waitFor(() => expect(screen.queryByRole("listbox")).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();
      await expect(args.onValueChange).toHaveBeenLastCalledWith("sofia");
      await expect(reached.filter((element) => element.hasAttribute("data-radix-focus-guard"))).toEqual([]);
    } finally {
      document.removeEventListener("focusin", record);
    }
  },
};

/**
 * In a form: `reportValidity()` on an empty required select puts focus on the trigger (not on the hidden native
 * select) and marks it invalid until something is chosen; the form's Reset restores the default choice.
 */
export const FormValidityAndReset: Story = {
  tags: ["no-visual"],
  args: { required: true },
  render: (args) => (
    <form aria-label="Plan form" onSubmit={(event) => event.preventDefault()}>
      <Select {...args} />
      <Select name="city" options={CITIES} defaultValue="oslo" aria-label="City" placeholder="Choose a city" />
      <button type="reset">Reset</button>
    </form>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole("form", { name: "Plan form" }) as HTMLFormElement;
    const trigger = canvas.getByRole("combobox", { name: "Plan" });
    const city = canvas.getByRole("combobox", { name: "City" });
    await expect(form.reportValidity()).toBe(false);
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(trigger).toHaveAttribute("aria-invalid", "true");
    await press("{ArrowDown}{ArrowDown}{Enter}", canvasElement);
    await expect(args.onValueChange).toHaveBeenLastCalledWith("pro");
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-invalid"));
    await expect(form.reportValidity()).toBe(true);
    // Choose another city, then Reset: both selects show their defaults again.
    await tabTo(city);
    await press("{Enter}");
    const search = await screen.findByRole("combobox", { name: "Search options" });
    await waitFor(() => expect(search).toHaveFocus());
    await press("rig{Enter}");
    await waitFor(() => expect(city).toHaveTextContent("Riga"));
    await tabTo(canvas.getByRole("button", { name: "Reset" }));
    await press("{Enter}", canvasElement);
    await waitFor(() => expect(city).toHaveTextContent("Oslo"));
    await expect(trigger).toHaveTextContent("Choose a plan");
    await expect(new FormData(form).get("city")).toBe("oslo");
    await expect(new FormData(form).get("plan")).toBe("");
  },
};
