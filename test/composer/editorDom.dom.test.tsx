import { beforeEach, describe, expect, it } from "vitest";
import { entityToTag, type UserMessageContent } from "../../src/composer/content";
import {
  caretTextPosition,
  cleanUp,
  insertTagChip,
  insertTextAtCaret,
  moveCaretOverChip,
  readEditorContent,
  removeChipBesideCaret,
  writeEditorContent,
} from "../../src/composer/editorDom";

const alice = entityToTag({ id: "alice", title: "Alice", group: "People", interactive: true, data: { type: "person" } });
const bob = entityToTag({ id: "bob", title: "Bob" });

let editor: HTMLDivElement;
beforeEach(() => {
  document.body.innerHTML = "";
  editor = document.createElement("div");
  editor.contentEditable = "true";
  document.body.append(editor);
});

function caretAt(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe("write and read", () => {
  it("round-trips text and tags in document order", () => {
    const content: UserMessageContent[] = [
      { type: "input_text", text: "Ask " },
      alice,
      { type: "input_text", text: " and " },
      bob,
    ];
    writeEditorContent(editor, content);
    expect(editor.querySelectorAll("[data-cw-tag]")).toHaveLength(2);
    expect(editor.querySelector("[data-cw-tag]")!.getAttribute("contenteditable")).toBe("false");
    expect(editor.textContent).toBe("Ask @Alice and @Bob");
    expect(readEditorContent(editor)).toEqual(content);
  });

  it("reads <br> and line blocks as newlines, ignoring the trailing placeholder <br>", () => {
    editor.innerHTML = "one<br>two<div>three</div><div>four<br></div>";
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "one\ntwo\nthree\nfour" }]);
  });

  it("reads markup that only looks like a chip (not inserted by the composer) as its text", () => {
    editor.innerHTML = 'a<span data-cw-tag="{oops">@x</span>b';
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "a@xb" }]);
  });
});

describe("insertTagChip", () => {
  it("replaces the typed @query with a chip and a space, caret after the space", () => {
    editor.append(document.createTextNode("Hi @ali there"));
    const text = editor.firstChild as Text;
    caretAt(text, 7);
    insertTagChip(editor, text, 3, 7, alice);
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "Hi " }, alice, { type: "input_text", text: " there" }]);
    const caret = caretTextPosition(editor)!;
    expect(caret.node.data.slice(0, caret.offset)).toBe(" ");
  });
});

describe("atomic chips", () => {
  beforeEach(() => writeEditorContent(editor, [{ type: "input_text", text: "a" }, alice, { type: "input_text", text: "b" }]));

  it("Backspace right after a chip removes the whole chip", () => {
    caretAt(editor.lastChild!, 0);
    expect(removeChipBesideCaret(editor, "before")).toBe(true);
    expect(readEditorContent(editor)).toEqual([{ type: "input_text", text: "ab" }]);
    const caret = caretTextPosition(editor)!;
    expect(caret.node.data.slice(0, caret.offset)).toBe("a");
  });

  it("Backspace inside text is left to the browser", () => {
    caretAt(editor.lastChild!, 1);
    expect(removeChipBesideCaret(editor, "before")).toBe(false);
  });

  it("Delete right before a chip removes it", () => {
    caretAt(editor.firstChild!, 1);
    expect(removeChipBesideCaret(editor, "after")).toBe(true);
    expect(editor.querySelector("[data-cw-tag]")).toBeNull();
  });

  it("arrow keys jump over a chip", () => {
    caretAt(editor.firstChild!, 1);
    expect(moveCaretOverChip(editor, "after")).toBe(true);
    let caret = caretTextPosition(editor)!;
    expect([caret.node.data, caret.offset]).toEqual(["b", 0]);
    expect(moveCaretOverChip(editor, "before")).toBe(true);
    caret = caretTextPosition(editor)!;
    expect([caret.node.data, caret.offset]).toEqual(["a", 1]);
  });
});

describe("cleanUp and insertTextAtCaret", () => {
  it("empties an editor left with only a placeholder <br>", () => {
    editor.innerHTML = "<br>";
    cleanUp(editor);
    expect(editor.childNodes).toHaveLength(0);
  });

  it("merges split text nodes and keeps the caret's text offset", () => {
    editor.append(document.createTextNode("ab"), document.createTextNode("cd"));
    caretAt(editor.lastChild!, 1);
    cleanUp(editor);
    expect(editor.childNodes).toHaveLength(1);
    const caret = caretTextPosition(editor)!;
    expect(caret.offset).toBe(3);
  });

  it("inserts pasted text at the caret as plain text", () => {
    editor.append(document.createTextNode("ac"));
    caretAt(editor.firstChild!, 1);
    insertTextAtCaret(editor, "<b>b</b>");
    expect(editor.textContent).toBe("a<b>b</b>c");
    expect(editor.querySelector("b")).toBeNull();
  });
});
