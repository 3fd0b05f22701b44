// The composer's editing surface is a contenteditable element whose children React never renders: text nodes
// and atomic tag chips (`contenteditable="false"` spans carrying their tag as JSON). The DOM is the model while
// the user types (so the browser keeps caret, IME composition, spellcheck and undo of plain typing); these
// functions read it into ChatKit content and write content back into it.
import { normalizeContent, type UserMessageContent, type UserMessageTagContent } from "./content";

export const TAG_ATTRIBUTE = "data-cw-tag";
const TAG_CLASS = "cw-composer__tag";

// The chips this module made, with their tags. A tag is only ever read from here: an element that merely looks
// like a chip (a `<span data-cw-tag>` dropped or pasted in as HTML, an extension's markup) is read as its text,
// so nobody can forge a tag's `id` or `data` through the editor's DOM.
const chips = new WeakMap<Element, UserMessageTagContent>();

/** True for a chip the composer itself inserted (never for markup that only carries `data-cw-tag`). */
export function isTagChip(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && chips.has(node as Element);
}

export function createTagChip(doc: Document, tag: UserMessageTagContent): HTMLElement {
  const chip = doc.createElement("span");
  chip.className = TAG_CLASS;
  chip.setAttribute("contenteditable", "false");
  // The attribute is for styling and tests; the tag itself is kept in `chips`.
  chip.setAttribute(TAG_ATTRIBUTE, JSON.stringify(tag));
  chips.set(chip, { ...tag });
  // `@` is part of the text so that a screen reader (and a plain-text copy) says it is a mention.
  const at = doc.createElement("span");
  at.className = `${TAG_CLASS}-at`;
  at.textContent = "@";
  chip.append(at, doc.createTextNode(tag.text));
  return chip;
}

function readTag(chip: Element): UserMessageTagContent | null {
  const tag = chips.get(chip);
  return tag ? { ...tag } : null;
}

const BLOCK_TAGS = new Set(["DIV", "P"]);

/** Reads text, line breaks and chips of an editor (or a copied fragment of it) in document order. */
export function readEditorContent(root: Node): UserMessageContent[] {
  const parts: UserMessageContent[] = [];
  const text = (value: string) => parts.push({ type: "input_text", text: value });
  const walk = (parent: Node) => {
    parent.childNodes.forEach((node, index) => {
      if (node.nodeType === 3) {
        text((node as Text).data);
      } else if (isTagChip(node)) {
        const tag = readTag(node);
        if (tag) parts.push(tag);
      } else if (node.nodeName === "BR") {
        // A trailing <br> is the browser's placeholder that keeps an empty last line open, not a newline.
        if (index < parent.childNodes.length - 1) text("\n");
      } else if (BLOCK_TAGS.has(node.nodeName)) {
        // Browsers may wrap lines in blocks (pasted or typed); each block starts a new line.
        if (parts.length) text("\n");
        walk(node);
      } else {
        walk(node);
      }
    });
  };
  walk(root);
  return normalizeContent(parts);
}

/** Replaces the editor's children with the given content (newlines stay in text; the editor is pre-wrap). */
export function writeEditorContent(root: HTMLElement, content: readonly UserMessageContent[]): void {
  const doc = root.ownerDocument;
  root.replaceChildren(
    ...normalizeContent(content).map((part) =>
      part.type === "input_text" ? doc.createTextNode(part.text) : createTagChip(doc, part),
    ),
  );
}

export function getCollapsedRange(root: HTMLElement): Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.startContainer) ? range : null;
}

function placeCaret(root: HTMLElement, setUp: (range: Range) => void) {
  const doc = root.ownerDocument;
  const range = doc.createRange();
  setUp(range);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function placeCaretAtEnd(root: HTMLElement) {
  placeCaret(root, (range) => {
    range.selectNodeContents(root);
    range.collapse(false);
  });
}

/** Puts a collapsed caret at `offset` in the text node `node`. */
export function placeCaretAt(node: Text, offset: number) {
  const root = node.parentElement;
  if (!root) return;
  placeCaret(root, (range) => range.setStart(node, offset));
}

/** The text node holding the caret and the caret's offset in it (mentions never span chips or lines of blocks). */
export function caretTextPosition(root: HTMLElement): { node: Text; offset: number } | null {
  const range = getCollapsedRange(root);
  if (!range || range.startContainer.nodeType !== 3) return null;
  return { node: range.startContainer as Text, offset: range.startOffset };
}

/**
 * Replaces `node.data[start, end)` (the typed `@query`) with a chip followed by a space, and puts the caret after
 * the space so that typing continues naturally.
 */
export function insertTagChip(root: HTMLElement, node: Text, start: number, end: number, tag: UserMessageTagContent) {
  const doc = root.ownerDocument;
  const after = node.splitText(end);
  node.deleteData(start, end - start);
  const chip = createTagChip(doc, tag);
  const spacer = after.data.startsWith(" ") ? after : doc.createTextNode(" ");
  node.parentNode!.insertBefore(chip, after);
  if (spacer !== after) node.parentNode!.insertBefore(spacer, after);
  placeCaret(root, (range) => range.setStart(spacer, 1));
  cleanUp(root);
}

/** Inserts plain text at the caret (replacing a selection), e.g. for paste or the "@" button. */
export function insertTextAtCaret(root: HTMLElement, value: string) {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  let range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  if (!range || !root.contains(range.commonAncestorContainer)) {
    placeCaretAtEnd(root);
    range = doc.getSelection()!.getRangeAt(0);
  }
  range.deleteContents();
  const node = doc.createTextNode(value);
  range.insertNode(node);
  placeCaret(root, (caret) => caret.setStart(node, node.length));
  cleanUp(root);
}

function siblingSkippingEmptyText(node: Node | null, direction: "before" | "after"): Node | null {
  let current = node;
  while (current && current.nodeType === 3 && (current as Text).length === 0) {
    current = direction === "before" ? current.previousSibling : current.nextSibling;
  }
  return current;
}

/** The node right next to a collapsed caret, in the given direction, if the caret is at a node boundary. */
export function nodeBesideCaret(root: HTMLElement, direction: "before" | "after"): Node | null {
  const range = getCollapsedRange(root);
  if (!range) return null;
  const { startContainer: container, startOffset: offset } = range;
  if (container.nodeType === 3) {
    const text = container as Text;
    if (direction === "before" && offset === 0) return siblingSkippingEmptyText(text.previousSibling, "before");
    if (direction === "after" && offset === text.length) return siblingSkippingEmptyText(text.nextSibling, "after");
    return null;
  }
  const child = direction === "before" ? container.childNodes[offset - 1] : container.childNodes[offset];
  return siblingSkippingEmptyText(child ?? null, direction);
}

/** Removes the chip beside the caret as one unit (Backspace/Delete); false when there is none. */
export function removeChipBesideCaret(root: HTMLElement, direction: "before" | "after"): boolean {
  const chip = nodeBesideCaret(root, direction);
  if (!isTagChip(chip)) return false;
  const previous = chip.previousSibling;
  const next = chip.nextSibling;
  chip.remove();
  placeCaret(root, (range) => {
    if (previous?.nodeType === 3) range.setStart(previous, (previous as Text).length);
    else if (next) range.setStartBefore(next);
    else range.setStart(root, root.childNodes.length);
  });
  cleanUp(root);
  return true;
}

/** Moves the caret over a chip beside it (ArrowLeft/ArrowRight); false when there is none. */
export function moveCaretOverChip(root: HTMLElement, direction: "before" | "after"): boolean {
  const chip = nodeBesideCaret(root, direction);
  if (!isTagChip(chip)) return false;
  placeCaret(root, (range) => {
    const beyond = direction === "before" ? chip.previousSibling : chip.nextSibling;
    if (beyond?.nodeType === 3) range.setStart(beyond, direction === "before" ? (beyond as Text).length : 0);
    else if (direction === "before") range.setStartBefore(chip);
    else range.setStartAfter(chip);
  });
  return true;
}

/**
 * Merges adjacent text nodes while keeping the caret where it was, and empties an editor that holds only a
 * browser placeholder `<br>` so that `:empty` shows the placeholder again.
 */
export function cleanUp(root: HTMLElement) {
  if (readEditorContent(root).length === 0 && root.childNodes.length > 0 && !Array.from(root.querySelectorAll(`[${TAG_ATTRIBUTE}]`)).some(isTagChip)) {
    const onlyPlaceholders = Array.from(root.childNodes).every(
      (node) => node.nodeName === "BR" || (node.nodeType === 3 && (node as Text).length === 0),
    );
    if (onlyPlaceholders) root.replaceChildren();
    return;
  }
  const range = getCollapsedRange(root);
  if (!range || range.startContainer.nodeType !== 3) {
    root.normalize();
    return;
  }
  // Text offset of the caret within the run of text nodes it sits in, to restore it after normalize().
  let node = range.startContainer as Text;
  let offset = range.startOffset;
  while (node.previousSibling?.nodeType === 3) {
    node = node.previousSibling as Text;
    offset += node.length;
  }
  const parent = node.parentNode!;
  const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
  root.normalize();
  const merged = parent.childNodes[index];
  if (merged?.nodeType === 3) placeCaret(root, (caret) => caret.setStart(merged, Math.min(offset, (merged as Text).length)));
}
