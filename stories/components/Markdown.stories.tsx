import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { Markdown } from "../../src/components/Markdown";
import { WidgetRenderer } from "../../src/renderer";

const SAMPLE = `### Trip summary

Your flight to **Lisbon** leaves at *08:40* from terminal 2. Bring your \`booking code\`.

- Seat 14A, window
- One checked bag
- [Manage booking](https://example.com/booking)

> Check-in closes 45 minutes before departure.`;

/** Markdown from the model, rendered safely; the parser loads lazily as its own chunk. */
const meta = {
  title: "Components/Markdown",
  component: Markdown,
  args: { value: SAMPLE },
  decorators: [(Story) => <div style={{ width: 420 }}>{Story()}</div>],
  // The parser chunk arrives after the first paint: wait for it before the screenshot.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("list", {}, { timeout: 15_000 });
  },
} satisfies Meta<typeof Markdown>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = await within(canvasElement).findByRole("link", { name: "Manage booking" }, { timeout: 15_000 });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  },
};

/** While streaming, a caret follows the last block. */
export const Streaming: Story = {
  args: { value: "Here is what I found so far:\n\n- Three hotels near the river\n- Two with free cancellation", streaming: true },
};

/** Raw HTML is dropped and `javascript:`/`data:` links lose their target: nothing runs, nothing loads. */
export const UnsafeInput: Story = {
  args: {
    value: [
      "Click [here](javascript:alert(document.cookie)) or [there](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).",
      "",
      '<script>window.__cwMarkdownRan = true</script><img src="x" onerror="window.__cwMarkdownRan = true">',
      "",
      "![tracker](javascript:alert(1)) and a [safe link](https://example.com).",
      "",
      "- listed",
    ].join("\n"),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("list", {}, { timeout: 15_000 });
    const root = canvasElement.querySelector(".cw-markdown")!;
    await expect(root.querySelector("script")).toBeNull();
    await expect(root.querySelector("img")).toBeNull();
    await expect(root.querySelector("[onerror]")).toBeNull();
    await expect((window as { __cwMarkdownRan?: boolean }).__cwMarkdownRan).toBeUndefined();
    const hrefs = [...root.querySelectorAll("a")].map((anchor) => anchor.getAttribute("href"));
    await expect(hrefs).toEqual(["https://example.com"]);
    // The link texts survive as plain text.
    await expect(canvas.getByText("here")).toBeVisible();
    await expect(canvas.getByText("there")).toBeVisible();
  },
};

/** GitHub-flavoured Markdown, as chat answers are written: tables, ~~strikethrough~~, task lists and bare URLs. */
export const GitHubFlavoured: Story = {
  args: {
    value: [
      "| Step | Owner | Due |",
      "| --- | --- | ---: |",
      "| Draft | Ana | Mon |",
      "| Review | Ben | Wed |",
      "",
      "- [x] Book the room",
      "- [ ] Send the agenda ~~Friday~~ Thursday",
      "",
      "Notes live at https://example.com/notes.",
    ].join("\n"),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", {}, { timeout: 15_000 });
    const boxes = canvas.getAllByRole("checkbox");
    await expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]);
    await expect(canvas.getByRole("link", { name: "https://example.com/notes" })).toHaveAttribute("href", "https://example.com/notes");
    await expect(canvasElement.querySelector("del")).toHaveTextContent("Friday");
  },
};

const PLAN_CARD = {
  type: "Card",
  children: [
    {
      type: "Markdown",
      value:
        "## Plan\n\n| Plan | Price |\n| --- | ---: |\n| Basic | $5 |\n| Pro | $9 |\n\nSee [the docs](https://example.com/docs), ~~old~~ and [open settings](chatkit-link://settings?tab=billing).",
    },
  ],
};

/**
 * A widget's Markdown with a `chatkit-link://` deeplink: the link goes to the app's `onDeeplink`
 * (`WidgetRenderer`/`ChatThread` prop) as `{ name, data }`; the browser does not navigate.
 */
export const Deeplink: Story = {
  args: { value: "", onDeeplink: fn() },
  render: (args) => <WidgetRenderer widget={PLAN_CARD} onDeeplink={args.onDeeplink} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", {}, { timeout: 15_000 });
    await expect(canvas.getByRole("link", { name: "the docs" })).toHaveAttribute("href", "https://example.com/docs");
    await userEvent.click(canvas.getByRole("link", { name: "open settings" }));
    await expect(args.onDeeplink).toHaveBeenCalledTimes(1);
    await expect(args.onDeeplink).toHaveBeenCalledWith({ name: "settings", data: { tab: "billing" } });
    // Activating it did not navigate the story away.
    await expect(window.location.protocol).not.toBe("chatkit-link:");
    // By keyboard: Tab to the link, Enter (the link pattern's key) hands it over again; focus stays on it.
    const link = canvas.getByRole("link", { name: "open settings" });
    await tabTo(link);
    await press("{Enter}", canvasElement);
    await expect(args.onDeeplink).toHaveBeenCalledTimes(2);
    await expect(args.onDeeplink).toHaveBeenLastCalledWith({ name: "settings", data: { tab: "billing" } });
    await expect(link).toHaveFocus();
    await expect(window.location.protocol).not.toBe("chatkit-link:");
    (document.activeElement as HTMLElement | null)?.blur();
  },
};
