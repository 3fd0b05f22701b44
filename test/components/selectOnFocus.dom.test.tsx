// `autoSelect` fields (Input, Textarea, the thread title) select their text on focus, so that typing replaces it.
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Input } from "../../src/components/Input";
import { Textarea } from "../../src/components/Textarea";

afterEach(cleanup);

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe.each([
  ["Input", () => <Input aria-label="Title" autoSelect defaultValue="Alpha" />],
  ["Textarea", () => <Textarea aria-label="Title" autoSelect defaultValue="Alpha" />],
])("%s with autoSelect", (_name, field) => {
  it("selects the whole text as it takes focus, so a key typed at once replaces it", () => {
    render(field());
    const input = screen.getByRole("textbox", { name: "Title" }) as HTMLInputElement;
    act(() => input.focus());
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 5]);
  });

  it("selects again on the next frame (a click's mouseup has placed the caret), but not what was typed since", async () => {
    render(field());
    const input = screen.getByRole("textbox", { name: "Title" }) as HTMLInputElement;
    act(() => input.focus());
    input.setSelectionRange(2, 2);
    await nextFrame();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 5]);

    act(() => input.blur());
    act(() => input.focus());
    fireEvent.input(input, { target: { value: "O" } });
    input.setSelectionRange(1, 1);
    await nextFrame();
    expect(input.value).toBe("O");
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 1]);
  });
});
