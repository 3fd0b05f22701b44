import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from "react";
import {
  contentToPlainText,
  entityToTag,
  findMentionQuery,
  flattenGroups,
  groupEntities,
  isContentEmpty,
  toContent,
  trimContent,
  type ComposerMessage,
  type Entity,
  type UserMessageContent,
  type UserMessageContentInput,
} from "./content";
import {
  caretTextPosition,
  cleanUp,
  insertTagChip,
  insertTextAtCaret,
  moveCaretOverChip,
  placeCaretAtEnd,
  readEditorContent,
  removeChipBesideCaret,
  writeEditorContent,
} from "./editorDom";
import { ComposerIcon } from "./icons";
import { MentionList } from "./MentionList";
import { ModelPicker, ToolMenu, ToolToggle, SelectedToolChip, type ModelOption, type ToolOption } from "./ToolPicker";
import { createTagSearch, IDLE_TAG_SEARCH, type TagSearchState } from "./tagSearch";

export type { ModelOption, ToolOption };

export interface ComposerValue {
  /** Plain text; `content` wins when both are given. */
  text?: string;
  /** Content with `input_tag` parts; with `text`, omitted keeps the current input. */
  content?: string | readonly UserMessageContentInput[];
  /** Selects a tool (`null` clears it); omitted keeps the current one. */
  selectedToolId?: string | null;
  /** Selects a model; omitted keeps the current one. */
  selectedModelId?: string | null;
}

export interface ComposerHandle {
  /** Replaces the composer's value (ChatKit `setComposerValue`). */
  setComposerValue(value: ComposerValue): void;
  /** Focuses the input with the caret at the end (ChatKit `focusComposer`). */
  focus(): void;
  /** The current content as it would be sent (trimmed, adjacent text merged). */
  getContent(): UserMessageContent[];
  /** Sends what is typed, as the send button does. */
  send(): void;
}

export interface ComposerProps {
  /** Receives the message: content in document order and the selected tool and model. */
  onSend: (message: ComposerMessage) => void;
  /** Default "Message the AI"; a selected tool's `placeholderOverride` replaces it. */
  placeholder?: string;
  /** Accessible name of the input. */
  label?: string;
  /** Powers @mentions; without it `@` is plain text. */
  onTagSearch?: (query: string) => Promise<Entity[]>;
  /** Shows an "@" button that starts a mention (only with `onTagSearch`). */
  showComposerMenu?: boolean;
  tools?: readonly ToolOption[];
  models?: readonly ModelOption[];
  /** ChatKit `chatkit.tool.change`. */
  onToolChange?: (toolId: string | null) => void;
  onModelChange?: (modelId: string | null) => void;
  /** No typing and no sending (e.g. a locked thread). */
  disabled?: boolean;
  /** Typing allowed, sending not (a response is streaming). */
  busy?: boolean;
  className?: string;
}

interface OpenMention {
  node: Text;
  start: number;
  end: number;
  query: string;
}

function defaultModelId(models: readonly ModelOption[] | undefined): string | null {
  if (!models?.length) return null;
  return (models.find((model) => model.default && !model.disabled) ?? models.find((model) => !model.disabled))?.id ?? null;
}

function isComposing(event: KeyboardEvent) {
  // 229 is what browsers report for keys that an IME is processing.
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  {
    onSend,
    placeholder = "Message the AI",
    label = "Message",
    onTagSearch,
    showComposerMenu = false,
    tools,
    models,
    onToolChange,
    onModelChange,
    disabled = false,
    busy = false,
    className,
  },
  ref,
) {
  const id = useId();
  const listId = `${id}-mentions`;
  // Menus portal into the composer (state, not a ref, so that they re-render once it exists).
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const composingRef = useRef(false);

  const [empty, setEmpty] = useState(true);
  const [mention, setMention] = useState<OpenMention | null>(null);
  // Escape closes the list for the mention being typed; a new `@` opens it again.
  const [dismissedAt, setDismissedAt] = useState<{ node: Text; start: number } | null>(null);
  const [search, setSearch] = useState<TagSearchState>(IDLE_TAG_SEARCH);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focused, setFocused] = useState(false);
  const [toolId, setToolId] = useState<string | null>(null);
  const [modelId, setModelId] = useState<string | null>(() => defaultModelId(models));

  const onTagSearchRef = useRef(onTagSearch);
  onTagSearchRef.current = onTagSearch;
  const tagSearch = useMemo(
    () => createTagSearch((query) => onTagSearchRef.current?.(query) ?? Promise.resolve([]), setSearch),
    [],
  );
  useEffect(() => () => tagSearch.reset(), [tagSearch]);

  const tool = tools?.find((candidate) => candidate.id === toolId) ?? null;
  const groups = useMemo(() => groupEntities(search.results), [search.results]);
  const options = useMemo(() => flattenGroups(groups), [groups]);
  const mentionsEnabled = !!onTagSearch && !disabled;
  const popupOpen =
    mentionsEnabled &&
    focused &&
    mention !== null &&
    !(dismissedAt && dismissedAt.node === mention.node && dismissedAt.start === mention.start) &&
    search.status !== "idle";
  const listOpen = popupOpen && options.length > 0;
  const activeOption = listOpen ? options[Math.min(activeIndex, options.length - 1)] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  // A new answer starts at its first option.
  useEffect(() => setActiveIndex(0), [search.results]);

  const selectTool = useCallback(
    (next: string | null) => {
      setToolId(next);
      onToolChange?.(next);
    },
    [onToolChange],
  );
  const selectModel = useCallback(
    (next: string | null) => {
      setModelId(next);
      onModelChange?.(next);
    },
    [onModelChange],
  );

  /** Re-reads the caret: is an @mention being typed, and for which query? */
  const syncMention = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || composingRef.current || !onTagSearchRef.current) return;
    const caret = caretTextPosition(editor);
    const found = caret ? findMentionQuery(caret.node.data.slice(0, caret.offset)) : null;
    if (!caret || !found) {
      setMention(null);
      setDismissedAt(null);
      if (tagSearch.getState().status !== "idle") tagSearch.reset();
      return;
    }
    setMention((previous) => {
      const same =
        previous && previous.node === caret.node && previous.start === found.start && previous.query === found.query;
      return same ? previous : { node: caret.node, start: found.start, end: caret.offset, query: found.query };
    });
    const current = tagSearch.getState();
    if (current.status === "idle" || current.query !== found.query) tagSearch.search(found.query);
  }, [tagSearch]);

  const syncContent = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    setEmpty(isContentEmpty(readEditorContent(editor)));
  }, []);

  // Caret moves (clicks, arrows, programmatic) can enter or leave a mention without an input event.
  useEffect(() => {
    const onSelectionChange = () => {
      const editor = editorRef.current;
      if (editor && editor.ownerDocument.activeElement === editor) syncMention();
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [syncMention]);

  const closeMention = () => {
    setMention(null);
    setDismissedAt(null);
    tagSearch.reset();
  };

  const insertEntity = (entity: Entity) => {
    const editor = editorRef.current;
    if (!editor || !mention) return;
    // The caret may have moved since the list opened; insert at the mention as it stands now.
    const caret = caretTextPosition(editor);
    const node = caret?.node ?? mention.node;
    const end = caret?.node === mention.node ? caret.offset : mention.end;
    const found = findMentionQuery(node.data.slice(0, end));
    if (!found) return;
    insertTagChip(editor, node, found.start, end, entityToTag(entity));
    closeMention();
    syncContent();
    editor.focus();
  };

  const send = () => {
    const editor = editorRef.current;
    if (!editor || disabled || busy) return;
    const content = trimContent(readEditorContent(editor));
    if (isContentEmpty(content)) return;
    onSend({ content, inference_options: { tool_choice: tool ? { id: tool.id } : null, model: modelId } });
    editor.replaceChildren();
    closeMention();
    setEmpty(true);
    if (tool && !tool.persistent) selectTool(null);
  };

  useImperativeHandle(ref, () => ({
    setComposerValue(value) {
      const editor = editorRef.current;
      const next = value.content ?? value.text;
      if (next !== undefined && editor) {
        writeEditorContent(editor, toContent(next));
        closeMention();
        syncContent();
        if (editor.ownerDocument.activeElement === editor) placeCaretAtEnd(editor);
      }
      if (value.selectedToolId !== undefined) selectTool(value.selectedToolId);
      if (value.selectedModelId !== undefined) selectModel(value.selectedModelId);
    },
    focus() {
      const editor = editorRef.current;
      if (!editor) return;
      editor.focus();
      placeCaretAtEnd(editor);
    },
    getContent: () => (editorRef.current ? trimContent(readEditorContent(editorRef.current)) : []),
    send,
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const editor = editorRef.current;
    if (!editor || isComposing(event)) return;
    if (popupOpen) {
      if (listOpen && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActiveIndex((index) => (index + step + options.length) % options.length);
        return;
      }
      if (activeOption && (event.key === "Enter" || event.key === "Tab") && !event.shiftKey) {
        event.preventDefault();
        insertEntity(activeOption);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setDismissedAt({ node: mention!.node, start: mention!.start });
        return;
      }
    }
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      send();
      return;
    }
    const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === "Backspace" && plain && removeChipBesideCaret(editor, "before")) {
      event.preventDefault();
      syncContent();
    } else if (event.key === "Delete" && plain && removeChipBesideCaret(editor, "after")) {
      event.preventDefault();
      syncContent();
    } else if (event.key === "ArrowLeft" && plain && moveCaretOverChip(editor, "before")) {
      event.preventDefault();
    } else if (event.key === "ArrowRight" && plain && moveCaretOverChip(editor, "after")) {
      event.preventDefault();
    }
  };

  const onInput = () => {
    const editor = editorRef.current;
    if (!editor) return;
    if (!composingRef.current) cleanUp(editor);
    syncContent();
    syncMention();
  };

  // Copy and cut put plain text on the clipboard (chips as `@title`); paste takes plain text only.
  const copySelection = (event: ClipboardEvent<HTMLDivElement>, cut: boolean) => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    event.preventDefault();
    event.clipboardData.setData("text/plain", contentToPlainText(readEditorContent(range.cloneContents())));
    if (cut && !disabled) {
      range.deleteContents();
      onInput();
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const editor = editorRef.current;
    if (!editor) return;
    event.preventDefault();
    if (disabled) return;
    insertTextAtCaret(editor, event.clipboardData.getData("text/plain"));
    onInput();
  };

  const startMention = () => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    const caret = caretTextPosition(editor);
    if (!caret) placeCaretAtEnd(editor);
    const before = caretTextPosition(editor);
    // Keep `@` a separate word so that it starts a mention.
    const needsSpace = before ? before.offset > 0 && !/\s/.test(before.node.data[before.offset - 1]) : !empty;
    insertTextAtCaret(editor, needsSpace ? " @" : "@");
    onInput();
  };

  const pinnedTools = tools?.filter((candidate) => candidate.pinned) ?? [];
  const menuTools = tools?.filter((candidate) => !candidate.pinned) ?? [];
  const canSend = !empty && !disabled && !busy;

  return (
    <div
      ref={setRoot}
      className={["cw-composer", className].filter(Boolean).join(" ")}
      data-disabled={disabled || undefined}
      // The message field's focus ring is drawn round the whole composer (composer.css).
      data-input-focused={focused || undefined}
    >
      {popupOpen && (
        <MentionList
          listId={listId}
          groups={groups}
          search={search}
          activeEntity={activeOption}
          optionId={(entity) => optionId(options.indexOf(entity))}
          onPick={insertEntity}
          onHover={(entity) => setActiveIndex(options.indexOf(entity))}
        />
      )}
      <div
        ref={editorRef}
        className="cw-composer__input"
        contentEditable={!disabled}
        suppressContentEditableWarning
        role="combobox"
        aria-label={label}
        data-placeholder={tool?.placeholderOverride ?? placeholder}
        aria-disabled={disabled || undefined}
        aria-autocomplete={mentionsEnabled ? "list" : undefined}
        aria-haspopup="listbox"
        aria-expanded={listOpen}
        aria-controls={listOpen ? listId : undefined}
        aria-activedescendant={activeOption ? optionId(options.indexOf(activeOption)) : undefined}
        tabIndex={disabled ? -1 : 0}
        spellCheck
        onKeyDown={onKeyDown}
        onInput={onInput}
        onCompositionStart={() => {
          composingRef.current = true;
        }}
        onCompositionEnd={() => {
          composingRef.current = false;
          onInput();
        }}
        onCopy={(event) => copySelection(event, false)}
        onCut={(event) => copySelection(event, true)}
        onPaste={onPaste}
        onBlur={() => setFocused(false)}
        onFocus={() => {
          setFocused(true);
          syncMention();
        }}
      />
      <div className="cw-composer__toolbar">
        {onTagSearch && showComposerMenu && (
          <button
            type="button"
            className="cw-composer__icon-button"
            aria-label="Mention"
            title="Mention"
            disabled={disabled}
            onMouseDown={(event) => event.preventDefault()}
            onClick={startMention}
          >
            <ComposerIcon glyph="at" />
          </button>
        )}
        {menuTools.length > 0 && (
          <ToolMenu
            tools={menuTools}
            selectedToolId={toolId}
            onSelect={selectTool}
            disabled={disabled}
            container={root}
          />
        )}
        {pinnedTools.map((pinned) => (
          <ToolToggle
            key={pinned.id}
            tool={pinned}
            pressed={pinned.id === toolId}
            disabled={disabled}
            onPressedChange={(pressed) => selectTool(pressed ? pinned.id : null)}
          />
        ))}
        {tool && !tool.pinned && <SelectedToolChip tool={tool} onRemove={() => selectTool(null)} disabled={disabled} />}
        <span className="cw-composer__spacer" />
        {models && models.length > 0 && (
          <ModelPicker
            models={models}
            selectedModelId={modelId}
            onSelect={selectModel}
            disabled={disabled}
            container={root}
          />
        )}
        <button
          type="button"
          className="cw-composer__send"
          aria-label="Send message"
          title="Send message"
          disabled={!canSend}
          onClick={send}
        >
          <ComposerIcon glyph="arrow-up" />
        </button>
      </div>
    </div>
  );
});
