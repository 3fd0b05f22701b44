import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Markdown } from "../../src/components/Markdown";

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
