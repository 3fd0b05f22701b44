import { afterEach, describe, expect, it, vi } from "vitest";
import { createRef } from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { Markdown, parseDeeplink } from "../../src/components/Markdown";
import { ChatThread, type ChatThreadHandle } from "../../src/composer";
import { WidgetRenderer } from "../../src/renderer";
import { createChatKitHandler, streamAssistantMessage } from "../../src/server";

afterEach(cleanup);
// Markdown loads its parser chunk on first use, and ChatThread runs a whole request: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
const chunk = { timeout: 10_000 };

const planCard = {
  type: "Card",
  children: [
    {
      type: "Markdown",
      value:
        "## Plan\n\n| Plan | Price |\n| --- | ---: |\n| Basic | $5 |\n| Pro | $9 |\n\nSee [the docs](https://example.com/docs), ~~old~~ and [open settings](chatkit-link://settings?tab=billing).",
    },
  ],
};

/** The rows of the first table, cell texts with their alignment. */
function tableOf(container: HTMLElement) {
  return [...container.querySelectorAll("table tr")].map((row) =>
    [...row.querySelectorAll("th, td")].map((cell) => `${cell.textContent}${(cell as HTMLElement).style.textAlign === "right" ? " →" : ""}`),
  );
}

describe("widget Markdown is GitHub-flavoured chat Markdown", () => {
  it("draws the table, strikethrough and links, and hands chatkit-link:// to onDeeplink", async () => {
    const onDeeplink = vi.fn();
    const { container } = render(<WidgetRenderer widget={planCard} onDeeplink={onDeeplink} />);
    await screen.findByRole("table", {}, chunk);
    expect(screen.getByRole("heading", { level: 2, name: "Plan" })).toBeDefined();
    expect(tableOf(container)).toEqual([
      ["Plan", "Price →"],
      ["Basic", "$5 →"],
      ["Pro", "$9 →"],
    ]);
    expect(container.querySelector("del")?.textContent).toBe("old");
    const docs = screen.getByRole("link", { name: "the docs" });
    expect([docs.getAttribute("href"), docs.getAttribute("target"), docs.getAttribute("rel")]).toEqual([
      "https://example.com/docs",
      "_blank",
      "noopener noreferrer",
    ]);

    const settings = screen.getByRole("link", { name: "open settings" });
    const navigated = fireEvent.click(settings);
    expect(navigated).toBe(false); // the browser does not follow the unknown scheme
    expect(onDeeplink).toHaveBeenCalledTimes(1);
    expect(onDeeplink.mock.calls[0]).toEqual([{ name: "settings", data: { tab: "billing" } }]);
  });

  it("draws task lists and autolinked URLs", async () => {
    const { container } = render(
      <Markdown value={"- [x] Pick a plan\n- [ ] Pay\n\nDocs at https://example.com/start or www.example.org."} />,
    );
    await screen.findByRole("list", {}, chunk);
    const boxes = within(screen.getByRole("list")).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((box) => [box.checked, box.disabled, box.getAttribute("aria-label")])).toEqual([
      [true, true, "Done"],
      [false, true, "To do"],
    ]);
    expect([...container.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual([
      "https://example.com/start",
      "http://www.example.org",
    ]);
  });

  it("keeps other unsafe schemes blocked, and chatkit-link:// inert without a handler", async () => {
    const value =
      "[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](file:///etc/passwd) [e](chatkit-link://settings) ![f](chatkit-link://img)";
    const { container, unmount } = render(<Markdown value={value} />);
    await screen.findByText("a", {}, chunk);
    expect(container.querySelectorAll("a")).toHaveLength(0);
    expect([...container.querySelectorAll(".cw-markdown__blocked-link")].map((span) => span.textContent)).toEqual(["a", "b", "c", "d", "e"]);
    expect(container.querySelector("img")).toBeNull();
    unmount();

    const onDeeplink = vi.fn();
    const withHandler = render(<Markdown value={value} onDeeplink={onDeeplink} />);
    await screen.findByText("a", {}, chunk);
    expect([...withHandler.container.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual(["chatkit-link://settings"]);
  });

  it.each([
    ["chatkit-link://settings?tab=billing", { name: "settings", data: { tab: "billing" } }],
    ["CHATKIT-LINK://source?source_id=s_1&locator=pp.+4-5", { name: "source", data: { source_id: "s_1", locator: "pp. 4-5" } }],
    ["chatkit-link://docs/guides/intro/", { name: "docs/guides/intro", data: {} }],
    ["chatkit-link://caf%C3%A9", { name: "café", data: {} }],
    ["chatkit-link://", undefined],
    ["https://example.com", undefined],
    ["javascript:alert(1)", undefined],
  ])("parseDeeplink(%j)", (href, expected) => {
    expect(parseDeeplink(href)).toEqual(expected);
  });
});

describe("assistant messages in ChatThread", () => {
  it("render GFM and hand chatkit-link:// to onDeeplink", async () => {
    const handler = createChatKitHandler({
      async *action() {},
      async *respond() {
        yield* streamAssistantMessage(["| Plan | Price |\n| --- | ---: |\n| Pro | $9 |\n\n", "~~old~~ [open settings](chatkit-link://settings?tab=billing)"]);
      },
    });
    const api = { url: "/chatkit", fetch: (async (resource, init) => handler(new Request(new URL(String(resource), "http://test.local"), init))) as typeof fetch };
    const ref = createRef<ChatThreadHandle>();
    const onDeeplink = vi.fn();
    const { container } = render(<ChatThread ref={ref} api={api} onDeeplink={onDeeplink} />);
    await act(() => ref.current!.sendUserMessage({ text: "Plans?" }));
    const link = await screen.findByRole("link", { name: "open settings" }, chunk);
    expect(tableOf(container)).toEqual([
      ["Plan", "Price →"],
      ["Pro", "$9 →"],
    ]);
    expect(container.querySelector(".cw-message--assistant del")?.textContent).toBe("old");
    fireEvent.click(link);
    expect(onDeeplink.mock.calls).toEqual([[{ name: "settings", data: { tab: "billing" } }]]);
  });
});
