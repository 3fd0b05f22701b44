// Widget JSON cannot freeze the page: Markdown beyond its parse limits is plain text (the limit is asserted,
// not a duration: timings live in bench/), and a ListView reveals long lists in pages.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  Markdown,
  markdownLimitProblem,
  MARKDOWN_MAX_DELIMITERS,
  MARKDOWN_MAX_LENGTH,
} from "../../src/components/Markdown";
import { LIST_VIEW_PAGE_MAX } from "../../src/components/ListView/ListView";
import { WidgetRenderer } from "../../src/renderer";

vi.setConfig({ testTimeout: 30_000 });
beforeAll(async () => {
  await import("../../src/components/Markdown/MarkdownContent");
});
afterEach(cleanup);

// The worst inputs found for CommonMark parsers (emphasis, links, code spans, containers), each beyond a limit.
const WORST_MARKDOWN: [string, string, RegExp][] = [
  ['"*a" × 25,000', "*a".repeat(25_000), /longer than/],
  ['"*a" × 4,001 (8 KB)', "*a".repeat(MARKDOWN_MAX_DELIMITERS + 1), /markup characters/],
  ["nested emphasis", "*".repeat(2_001) + "a" + "*".repeat(2_001), /markup characters/],
  ['"*_" alternating', "*_".repeat(2_001), /markup characters/],
  ["unclosed link openers", "[a](".repeat(4_001), /markup characters/],
  ["unclosed brackets", "[".repeat(4_001) + "a", /markup characters/],
  ["image openers", "![".repeat(2_001), /markup characters/],
  ["backtick runs", "`a".repeat(4_001), /markup characters/],
  ["HTML openers", "<a".repeat(4_001), /markup characters/],
  ["entity references", "&#1;".repeat(4_001), /markup characters/],
  ["link reference definitions", "[a]: b\n".repeat(1_001) + "[a]".repeat(1_001), /markup characters/],
  ["7,000 nested block quotes", ">".repeat(7_000) + " a", /nested deeper than 32/],
  ["40 nested quotes", "> ".repeat(40) + "a", /nested deeper than 32/],
  ["40 nested list bullets", "- ".repeat(40) + "a", /nested deeper than 32/],
  ["list nested by indentation", Array.from({ length: 100 }, (_, i) => "  ".repeat(i) + "- a").join("\n"), /indented deeper than 128/],
  ["5 MB of plain text", "word ".repeat(1_000_000), /longer than/],
];

describe("Markdown parse limits", () => {
  it.each(WORST_MARKDOWN)("%s is shown as plain text", async (_name, value, reason) => {
    expect(markdownLimitProblem(value)).toMatch(reason);
    const { container } = render(<Markdown value={value} />);
    // The check runs in the lazy parser chunk; the loading fallback shows the same plain text meanwhile.
    expect(container.querySelector(".cw-markdown__fallback")?.textContent).toBe(value);
    const plain = await waitFor(() => {
      const shown = container.querySelector('[data-cw-markdown="plain"]');
      expect(shown).not.toBeNull();
      return shown;
    });
    expect(plain?.textContent).toBe(value);
    expect(container.querySelector("em, strong, a, blockquote, ul, code")).toBeNull();
  });

  it("real Markdown within the limits is parsed, including long and richly formatted text", async () => {
    const rich = "Some **bold**, _it_, `code` and a [link](https://example.com).\n\n".repeat(150);
    expect(rich.length).toBeLessThan(MARKDOWN_MAX_LENGTH);
    expect(markdownLimitProblem(rich)).toBeNull();
    expect(markdownLimitProblem("---------------------------------------------------------------------------")).toBeNull();
    expect(markdownLimitProblem("> > quote\n\n1. one\n2. two\n   - nested\n\n2024.01.01 is a date")).toBeNull();
    const { container } = render(<Markdown value={"**bold** and [link](https://example.com)"} />);
    await waitFor(() => expect(container.querySelector("strong")?.textContent).toBe("bold"), { timeout: 10_000 });
  });
});

describe("ListView reveals long lists in pages", () => {
  const rows = (count: number) => ({
    type: "ListView",
    children: Array.from({ length: count }, (_, index) => ({ type: "ListViewItem", children: [{ type: "Text", value: `Row ${index}` }] })),
  });
  const shownRows = (container: HTMLElement) => container.querySelectorAll(".cw-list-view__item").length;

  it(`"Show more" on 9,000 rows adds at most ${LIST_VIEW_PAGE_MAX}, with a status and focus kept`, () => {
    // Before: the first "Show more" rendered every row at once (100,000 rows froze the page for 40 s; such a
    // widget is now over the 20,000-component limit, and 9,000 rows stay within it).
    const { container } = render(<WidgetRenderer widget={rows(9_000)} />);
    expect(shownRows(container)).toBe(5);
    const more = screen.getByRole("button", { name: "Show more" });
    more.focus();
    fireEvent.click(more);
    expect(shownRows(container)).toBe(5 + LIST_VIEW_PAGE_MAX);
    expect(screen.getByRole("status").textContent).toBe(`Showing ${5 + LIST_VIEW_PAGE_MAX} of 9000 rows`);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Show more" }));
    expect(more.getAttribute("aria-controls")).toBe(container.querySelector(".cw-list-view__items")!.id);
  });

  it("a numeric limit pages by that limit; when the last rows appear focus moves to the first of them", () => {
    const widget = { ...rows(5), limit: 2 };
    const { container } = render(<WidgetRenderer widget={widget} />);
    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(shownRows(container)).toBe(4);
    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(shownRows(container)).toBe(5);
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
    expect(document.activeElement).toBe(container.querySelectorAll(".cw-list-view__item")[4]);
  });

  it("small lists keep ChatKit's behaviour: auto shows 5 of 9, then all", () => {
    const { container } = render(<WidgetRenderer widget={rows(9)} />);
    expect(shownRows(container)).toBe(5);
    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(shownRows(container)).toBe(9);
  });
});
