import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, waitFor } from "@testing-library/react";
import { Icon } from "../../src/components/Icon";
import { SelectedToolChip } from "../../src/composer/ToolPicker";
import { WidgetRenderer } from "../../src/renderer";
import { parseWidget } from "../../src/schema";

afterEach(cleanup);
vi.setConfig({ testTimeout: 20_000 });
// The first lucide: icon loads the loader, then a glyph chunk: slow on a busy machine.
const chunk = { timeout: 10_000 };

/** Lucide's own data for an icon, straight from the package (not from our generated chunks). */
async function lucideData(name: string): Promise<[string, Record<string, string>][]> {
  const file: string = `lucide/dist/esm/icons/${name}.mjs`;
  return ((await import(/* @vite-ignore */ file)) as { default: [string, Record<string, string>][] }).default;
}

/** The drawn children of an icon's svg, as [tag, attributes]. */
function drawn(svg: Element | null) {
  if (!svg) return undefined;
  return [...svg.children].map((child) => [child.tagName, Object.fromEntries([...child.attributes].map((a) => [a.name, a.value]))]);
}

const issueCard = {
  type: "Card",
  children: [
    { type: "Row", children: [{ type: "Icon", name: "lucide:calendar-days", size: "lg" }, { type: "Text", value: "Tomorrow" }] },
    { type: "Button", label: "Ask", iconStart: "lucide:bot", onClickAction: { type: "ask" } },
  ],
};

describe("lucide: icons", () => {
  it("draw the Lucide glyph in Icon and Button.iconStart, loaded on demand with the icon's box held meanwhile", async () => {
    const { container } = render(<WidgetRenderer widget={issueCard} />);
    const calendar = container.querySelector('svg[data-icon="lucide:calendar-days"]')!;
    expect(calendar).not.toBeNull();
    expect(calendar.getAttribute("data-size")).toBe("lg");
    expect(calendar.hasAttribute("data-loading")).toBe(true); // first use: the chunk is still loading
    expect(calendar.children).toHaveLength(0);

    const [calendarDays, bot] = await Promise.all([lucideData("calendar-days"), lucideData("bot")]);
    await waitFor(() => expect(drawn(container.querySelector('svg[data-icon="lucide:calendar-days"]'))).toEqual(calendarDays), chunk);
    expect(container.querySelector('svg[data-icon="lucide:calendar-days"]')!.hasAttribute("data-loading")).toBe(false);
    await waitFor(() => expect(drawn(container.querySelector('button svg[data-icon="lucide:bot"]'))).toEqual(bot), chunk);
    expect(container.querySelector("button")!.textContent).toBe("Ask");
  });

  it("draw in Card status headers and composer tool chips", async () => {
    const { container } = render(
      <>
        <WidgetRenderer widget={{ type: "Card", status: { text: "Synced", icon: "lucide:cloud-check" }, children: [] }} />
        <SelectedToolChip tool={{ id: "web", label: "Web", icon: "lucide:globe" }} onRemove={() => {}} />
      </>,
    );
    const [cloudCheck, globe] = await Promise.all([lucideData("cloud-check"), lucideData("globe")]);
    await waitFor(() => expect(drawn(container.querySelector('.cw-status svg[data-icon="lucide:cloud-check"]'))).toEqual(cloudCheck), chunk);
    await waitFor(() => expect(drawn(container.querySelector('.cw-composer__tool-chip svg[data-icon="lucide:globe"]'))).toEqual(globe), chunk);
  });

  it("draw nothing for a name Lucide lacks, with one development warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { container } = render(<Icon name="lucide:no-such-glyph-here" label="Missing" />);
      await waitFor(() => expect(warn).toHaveBeenCalledWith('chat-widgets: no icon named "lucide:no-such-glyph-here"; nothing is drawn.'), chunk);
      expect(container.querySelector("svg")).toBeNull();
      await act(async () => {});
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it("parse without warnings when well-formed, and warn on names that are not Lucide's kebab case", () => {
    const clean = parseWidget(issueCard);
    expect(clean.ok && clean.warnings).toEqual([]);
    const result = parseWidget({
      type: "Card",
      children: [
        { type: "Icon", name: "lucide:CalendarDays" },
        { type: "Button", label: "Go", iconEnd: "lucide:" },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => [warning.path, warning.severity])).toEqual([
      ["children[0].name", "warning"],
      ["children[1].iconEnd", "warning"],
    ]);
    expect(result.warnings[0]!.message).toBe('"lucide:CalendarDays" is not a Lucide name like "lucide:calendar-days" (renders nothing)');
  });
});
