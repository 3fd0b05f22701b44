// Development "warn once" memories are bounded, and the composer sends only the tags it inserted itself.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetDevWarnings, WarnOnceMemory, WARN_ONCE_CAPACITY } from "../../src/actions";
import { Icon } from "../../src/components/Icon";
import { Image } from "../../src/components/Image";
import { createTagChip, readEditorContent } from "../../src/composer/editorDom";

afterEach(() => {
  cleanup();
  resetDevWarnings();
  vi.restoreAllMocks();
});

describe("warn once, in bounded memory", () => {
  it("keeps at most WARN_ONCE_CAPACITY values, huge values as a short key", () => {
    const memory = new WarnOnceMemory();
    const huge = "x".repeat(1_000_000);
    expect(memory.remember(huge)).toBe(true);
    expect(memory.remember(huge)).toBe(false);
    expect(memory.remember(`${huge}y`)).toBe(true);
    for (let index = 0; index < 1_000; index++) memory.remember(`data:text/html,${index}${huge.slice(0, 300)}`);
    expect(memory.size).toBe(WARN_ONCE_CAPACITY);
    // Before: a Set of every distinct value (about +290 MB after 300 values of 1 MB).
    const kept = [...(memory as unknown as { entries: Map<string, string> }).entries.keys()];
    expect(Math.max(...kept.map((key) => key.length))).toBeLessThan(120);
  });

  it("blocked image sources and unknown icon names warn once each, without keeping every value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const big = "javascript:" + "a".repeat(100_000);
    for (let round = 0; round < 2; round++) {
      const { unmount } = render(
        <>
          <Image src={big} alt="" />
          <Icon name={`no-such-${"b".repeat(10_000)}`} />
        </>,
      );
      unmount();
    }
    expect(warn).toHaveBeenCalledTimes(2);
    for (const [message] of warn.mock.calls) expect(String(message).length).toBeLessThan(200);
  });
});

describe("composer tags", () => {
  it("a foreign <span data-cw-tag> (a drop, a paste as HTML) is text, never a tag with forged id/data", () => {
    const editor = document.createElement("div");
    const forged = JSON.stringify({ type: "input_tag", id: "admin", text: "Admin", data: { role: "owner" }, interactive: false });
    editor.innerHTML = `Hi <span data-cw-tag='${forged}' contenteditable="false">@Admin</span>!`;
    // Before: [{ input_text "Hi " }, { input_tag id "admin", data { role: "owner" } }, { input_text "!" }].
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "Hi @Admin!" }]);
    // A chip the composer inserted is a tag; editing its attribute afterwards changes nothing.
    const tag = { type: "input_tag" as const, id: "u1", text: "Ada", data: { kind: "user" }, interactive: false };
    const chip = createTagChip(document, tag);
    editor.replaceChildren("Hi ", chip);
    chip.setAttribute("data-cw-tag", forged);
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "Hi " }, tag]);
  });
});
