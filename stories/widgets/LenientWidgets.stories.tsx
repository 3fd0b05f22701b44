import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { loadChartCanvas } from "../../src/components/Chart";
import { WidgetRenderer } from "../../src/renderer";
import { press, tabTo } from "../keyboard";
import { cardInCardChart, cardWithList, checkboxChoices, nestedRoots, plainIntentScalars } from "./lenientWidgets";

/**
 * Widgets as servers and the Widget Builder really write them: roots nested in containers, numbers where text
 * is typed, `"true"` where a boolean is, props left out. Each is drawn (with warnings), never an error card.
 */
const meta = {
  title: "Widgets/Lenient widgets",
  component: WidgetRenderer,
  args: { onAction: fn(), onServerAction: fn(async () => {}), item: { id: "msg_lenient" } },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

const noErrorCard = async (canvasElement: HTMLElement) => {
  await expect(canvasElement.querySelector(".cw-error-card")).toBeNull();
};

/** Card > ListView (padding 0): the list's rows sit on the card, inset as in a list of their own. */
export const CardWithList: Story = {
  args: { widget: cardWithList },
  // The widget as reported names an icon the ChatKit set lacks and a toggle action without a payload; development
  // builds say so once each, and still draw the rest.
  parameters: { console: { expected: [/no icon named "chevron-down"/, /"twistie.toggle" was dispatched without a payload/] } },
  play: async ({ canvasElement, args }) => {
    await noErrorCard(canvasElement);
    const body = canvasElement.querySelector(".cw-card__body")!;
    const list = body.querySelector(".cw-list-view")!;
    // The nested list has no second border or surface of its own.
    const surface = getComputedStyle(list.querySelector(".cw-list-view__surface")!);
    await expect(surface.borderTopWidth).toBe("0px");
    await expect(surface.backgroundColor).toBe("rgba(0, 0, 0, 0)");
    await expect(list.getBoundingClientRect().width).toBe(body.getBoundingClientRect().width);
    await waitFor(() => expect(list.querySelector("strong")?.textContent).toBe("two"), { timeout: 10_000 });
    // By keyboard: Tab to the row (a button), Enter.
    await tabTo(within(canvasElement).getByRole("button", { name: "Release notes" }));
    await press("{Enter}", canvasElement);
    await expect(args.onServerAction).toHaveBeenCalledWith(
      { type: "twistie.toggle" },
      expect.objectContaining({ id: "msg_lenient" }),
      { streaming: true },
    );
  },
};

/** Card > Card > Col > Chart: the inner card keeps its surface and border, the chart three 180px lines. */
export const CardInCardChart: Story = {
  args: { widget: cardInCardChart },
  // A "full" card takes the width of the chat column it is in; here, a 560px column.
  decorators: [(Story) => <div style={{ width: 560 }}><Story /></div>],
  // The recharts chunk is fetched before the story renders (its first fetch can outlast a play's wait).
  loaders: [async () => ({ chartChunk: Boolean(await loadChartCanvas()) })],
  play: async ({ canvasElement }) => {
    await noErrorCard(canvasElement);
    const outer = canvasElement.querySelector<HTMLElement>(".cw-widget > .cw-card")!;
    const inner = outer.querySelector<HTMLElement>(".cw-card__body > .cw-card")!;
    const innerSurface = getComputedStyle(inner.querySelector(".cw-card__surface")!);
    await expect(innerSurface.borderTopWidth).toBe("1px");
    // No size of its own: the inner card fills the outer card's body.
    await expect(inner.getBoundingClientRect().width).toBe(outer.querySelector(".cw-card__body")!.getBoundingClientRect().width -
      parseFloat(getComputedStyle(outer.querySelector(".cw-card__body")!).paddingLeft) * 2);
    const chart = within(inner).getByRole("figure");
    await expect(chart.getBoundingClientRect().height).toBe(180);
    // Three lines, drawn to their end (recharts animates the stroke in).
    await waitFor(
      () => {
        const curves = [...chart.querySelectorAll<SVGPathElement>("path.recharts-line-curve")];
        expect(curves).toHaveLength(3);
        for (const curve of curves) expect(curve.getAttribute("stroke-dasharray") ?? "none").toMatch(/^(none|(\S+)px 0px)$/);
      },
      { timeout: 20_000 },
    );
    // The legend follows the series order, not the alphabet.
    const legend = [...chart.querySelectorAll(".recharts-legend-item")].map((item) => item.textContent);
    await expect(legend).toEqual(["Revenue", "Expenses", "Net income"]);
  },
};

/** Checkboxes with dot-path names; `defaultChecked: "true"` is read as checked; Apply sends every box. */
export const CheckboxChoices: Story = {
  args: { widget: checkboxChoices },
  play: async ({ canvasElement, args }) => {
    await noErrorCard(canvasElement);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole("checkbox", { name: "Option 2" })).toBeChecked());
    await expect(canvas.getByRole("checkbox", { name: "Option 3" })).not.toBeChecked();
    // By keyboard: Space ticks Option 3 and unticks it again, Enter on Apply sends every box.
    const third = canvas.getByRole("checkbox", { name: "Option 3" });
    await tabTo(third);
    await press(" ", canvasElement);
    await expect(third).toBeChecked();
    await press(" ", canvasElement);
    await expect(third).not.toBeChecked();
    await tabTo(canvas.getByRole("button", { name: "Apply" }));
    await press("{Enter}", canvasElement);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith(
      { type: "multi.apply", payload: { choices: { opt1: true, opt2: true, opt3: false } } },
      expect.objectContaining({ id: "msg_lenient" }),
    );
  },
};

/** A nested list keeps its limit and "Show more"; a list row holds a card. */
export const NestedRoots: Story = {
  args: { widget: nestedRoots },
  play: async ({ canvasElement }) => {
    await noErrorCard(canvasElement);
    const [limited] = canvasElement.querySelectorAll<HTMLElement>(".cw-card__body .cw-list-view");
    await expect(limited!.querySelectorAll(".cw-list-view__item")).toHaveLength(2);
    await expect(within(limited!).getByRole("button", { name: "Show more" })).toBeVisible();
    await expect(within(canvasElement).getByText("Card in a row")).toBeVisible();
  },
};

/** Numbers and booleans where text is typed, a Text without value, an Input without name, a Button without label. */
export const PlainIntentScalars: Story = {
  args: { widget: plainIntentScalars },
  // The widget leaves out the Button's label and icon on purpose: the renderer draws the unnamed button it
  // asks for (and the parser warns), so axe's button-name rule and the names check are expected to fail here.
  parameters: { a11y: { config: { rules: [{ id: "button-name", enabled: false }] } }, names: { test: "off" } },
  play: async ({ canvasElement }) => {
    await noErrorCard(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "2026" })).toBeVisible();
    await expect(canvas.getByText("52")).toBeVisible();
    await waitFor(() => expect(canvas.getByRole("radio", { name: "2" })).toBeChecked());
  },
};
