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
  type CSSProperties,
  type DragEvent,
  type KeyboardEvent,
} from "react";
import {
  contentToPlainText,
  entityToTag,
  findTriggerQuery,
  flattenGroups,
  groupEntities,
  isContentEmpty,
  toContent,
  trimContent,
  type Command,
  type CommandsOption,
  type ComposerMessage,
  type Entity,
  type MenuTrigger,
  type UserMessageContent,
  type UserMessageContentInput,
} from "./content";
import {
  caretTextPosition,
  cleanUp,
  insertTagChip,
  insertTextAtCaret,
  moveCaretOverChip,
  placeCaretAt,
  placeCaretAtEnd,
  readEditorContent,
  removeChipBesideCaret,
  writeEditorContent,
} from "./editorDom";
import { acceptAttribute, attachmentProblem, formatBytes, type ComposerAttachment, type ComposerAttachmentsOption } from "./attachments";
import { ComposerIcon } from "./icons";
import { MentionList } from "./MentionList";
import { createTagSearch, IDLE_TAG_SEARCH, type TagSearch, type TagSearchState } from "./tagSearch";
import { ModelPicker, ToolMenu, ToolToggle, SelectedToolChip, type ModelOption, type ToolOption } from "./ToolPicker";

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
  /**
   * ChatKit's `commands` (1.9): typing `/` (at the start or after a space) opens a menu fed by `onSearch(query)`;
   * choosing a command calls `onSelect`, whose answer inserts an entity chip in place of `/query`, shows a further
   * menu (filtered by what is typed next), or — nothing — removes `/query`. Without `onSearch`, `/` is plain text.
   */
  commands?: CommandsOption;
  /**
   * ChatKit's `composer.attachments`, with the upload to run: an "Attach files" button, drop and paste of files,
   * progress, removal. Files over the limits are refused with a message; sending waits for running uploads and
   * carries the uploaded ones (failed ones are left out) as `attachments`.
   */
  attachments?: ComposerAttachmentsOption;
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

/** A file in the composer: uploading, uploaded (with its attachment) or failed. */
interface PendingFile {
  key: number;
  name: string;
  type: string;
  size: number;
  status: "uploading" | "uploaded" | "failed";
  loaded: number;
  attachment?: ComposerAttachment;
  /** An object URL for the local preview of an image (revoked when the file leaves the composer). */
  previewUrl?: string;
  abort: AbortController;
}

const PREVIEWABLE = /^image\/(png|jpeg|gif|webp|avif)$/i;

interface OpenMention {
  trigger: MenuTrigger;
  node: Text;
  start: number;
  end: number;
  query: string;
}

/** A menu of commands returned by `onSelect`, open at the `/` where it was chosen. */
interface Submenu {
  node: Text;
  start: number;
  commands: Command[];
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
    commands,
    attachments,
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
  const submenuRef = useRef<Submenu | null>(null);
  const [dismissedAt, setDismissedAt] = useState<{ node: Text; start: number } | null>(null);
  const [search, setSearch] = useState<TagSearchState>(IDLE_TAG_SEARCH);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focused, setFocused] = useState(false);
  const [toolId, setToolId] = useState<string | null>(null);
  const [files, setFiles] = useState<PendingFile[]>([]);
  const filesRef = useRef<PendingFile[]>([]);
  filesRef.current = files;
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const fileKey = useRef(0);
  const attachmentsRef = useRef(attachments);
  attachmentsRef.current = attachments;
  const attachmentsEnabled = !!attachments && attachments.enabled !== false;
  const [modelId, setModelId] = useState<string | null>(() => defaultModelId(models));

  const [commandSearchState, setCommandSearchState] = useState<TagSearchState<Command>>(IDLE_TAG_SEARCH);
  const [submenu, setSubmenu] = useState<Submenu | null>(null);
  // A chosen command whose `onSelect` has not answered yet; a newer choice or a closed menu makes its answer stale.
  const [running, setRunning] = useState<Command | null>(null);
  const selectRequest = useRef(0);

  const onTagSearchRef = useRef(onTagSearch);
  onTagSearchRef.current = onTagSearch;
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  const tagSearch = useMemo(
    () => createTagSearch((query) => onTagSearchRef.current?.(query) ?? Promise.resolve([]), setSearch),
    [],
  );
  const commandSearch = useMemo(
    () =>
      createTagSearch<Command>(
        (query) => commandsRef.current?.onSearch?.(query) ?? Promise.resolve([]),
        setCommandSearchState,
      ),
    [],
  );
  useEffect(
    () => () => {
      tagSearch.reset();
      commandSearch.reset();
    },
    [tagSearch, commandSearch],
  );

  const tool = tools?.find((candidate) => candidate.id === toolId) ?? null;
  const commandMode = mention?.trigger === "/";
  const openSubmenu =
    commandMode && submenu && submenu.node === mention.node && submenu.start === mention.start ? submenu : null;
  // A submenu is filtered here, by label, from what is typed after its `/`.
  const commandState: TagSearchState<Command> = useMemo(() => {
    if (!openSubmenu || !mention) return commandSearchState;
    const needle = mention.query.toLowerCase();
    const results = openSubmenu.commands.filter((command) => command.label.toLowerCase().includes(needle));
    return { query: mention.query, status: "ready", results, resultsQuery: mention.query, error: null };
  }, [openSubmenu, mention, commandSearchState]);
  const entityGroups = useMemo(() => groupEntities(search.results), [search.results]);
  const commandGroups = useMemo(() => groupEntities(commandState.results), [commandState.results]);
  const options: readonly (Entity | Command)[] = useMemo(
    () => (commandMode ? flattenGroups(commandGroups) : flattenGroups(entityGroups)),
    [commandMode, commandGroups, entityGroups],
  );
  const enabledTriggers = useMemo(() => {
    const set = new Set<MenuTrigger>();
    if (onTagSearch) set.add("@");
    if (commands?.onSearch && commands.enabled !== false) set.add("/");
    return set;
  }, [onTagSearch, commands]);
  const mentionsEnabled = enabledTriggers.size > 0 && !disabled;
  const activeStatus = commandMode ? commandState.status : search.status;
  const popupOpen =
    mentionsEnabled &&
    focused &&
    mention !== null &&
    !(dismissedAt && dismissedAt.node === mention.node && dismissedAt.start === mention.start) &&
    activeStatus !== "idle";
  const listOpen = popupOpen && options.length > 0;
  const activeOption = listOpen ? options[Math.min(activeIndex, options.length - 1)] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  // A new answer starts at its first option.
  useEffect(() => setActiveIndex(0), [search.results, commandState.results]);
  const enabledTriggersRef = useRef(enabledTriggers);
  enabledTriggersRef.current = enabledTriggers;

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

  /** Re-reads the caret: is an @mention or a `/` command being typed, and for which query? */
  const syncMention = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || composingRef.current || enabledTriggersRef.current.size === 0) return;
    const caret = caretTextPosition(editor);
    const found = caret ? findTriggerQuery(caret.node.data.slice(0, caret.offset), enabledTriggersRef.current) : null;
    if (!caret || !found) {
      setMention(null);
      setDismissedAt(null);
      setSubmenu(null);
      if (tagSearch.getState().status !== "idle") tagSearch.reset();
      if (commandSearch.getState().status !== "idle") commandSearch.reset();
      return;
    }
    setMention((previous) => {
      const same =
        previous &&
        previous.trigger === found.trigger &&
        previous.node === caret.node &&
        previous.start === found.start &&
        previous.query === found.query;
      return same
        ? previous
        : { trigger: found.trigger, node: caret.node, start: found.start, end: caret.offset, query: found.query };
    });
    const [search, other] = found.trigger === "@" ? [tagSearch, commandSearch] : [commandSearch, tagSearch];
    if (other.getState().status !== "idle") other.reset();
    // A submenu open at this `/` is filtered locally; no search.
    const inSubmenu = (menu: Submenu | null) => menu && menu.node === caret.node && menu.start === found.start;
    setSubmenu((menu) => (inSubmenu(menu) ? menu : null));
    if (found.trigger === "/" && inSubmenu(submenuRef.current)) return;
    const current = (search as TagSearch<unknown>).getState();
    if (current.status === "idle" || current.query !== found.query) search.search(found.query);
  }, [tagSearch, commandSearch]);

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
    setSubmenu(null);
    setRunning(null);
    selectRequest.current++;
    tagSearch.reset();
    commandSearch.reset();
  };

  /** Where the open `@query` / `/query` stands now (the caret may have moved since the list opened). */
  const currentTrigger = (at: OpenMention) => {
    const editor = editorRef.current;
    if (!editor) return null;
    const caret = caretTextPosition(editor);
    const node = caret?.node ?? at.node;
    const end = caret?.node === at.node ? caret.offset : at.end;
    const found = findTriggerQuery(node.data.slice(0, end), new Set([at.trigger]));
    return found ? { editor, node, end, start: found.start } : null;
  };

  const insertEntity = (entity: Entity, at: OpenMention | null = mention) => {
    if (!at) return;
    const place = currentTrigger(at);
    if (!place) return;
    insertTagChip(place.editor, place.node, place.start, place.end, entityToTag(entity));
    closeMention();
    syncContent();
    place.editor.focus();
  };

  /** Runs a chosen command (`commands.onSelect`) and applies its answer where `/query` was typed. */
  const chooseCommand = (command: Command) => {
    const at = mention;
    if (!at) return;
    const request = ++selectRequest.current;
    setRunning(command);
    const onSelect = commandsRef.current?.onSelect;
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(onSelect?.(command));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (selection) => {
        if (request !== selectRequest.current) return;
        setRunning(null);
        const chosen = selection as { type?: unknown; entity?: Entity; commands?: Command[] } | null | undefined;
        if (chosen?.type === "entity" && chosen.entity) {
          insertEntity(chosen.entity, at);
          return;
        }
        const place = currentTrigger(at);
        if (!place) return closeMention();
        if (chosen?.type === "menu" && Array.isArray(chosen.commands)) {
          // Keep the `/`, drop what was typed after it: the next keys filter the new menu.
          place.node.deleteData(place.start + 1, place.end - place.start - 1);
          placeCaretAt(place.node, place.start + 1);
          commandSearch.reset();
          const next = { node: place.node, start: place.start, commands: chosen.commands };
          submenuRef.current = next;
          setSubmenu(next);
          setDismissedAt(null);
          syncMention();
          syncContent();
          return;
        }
        // An effect only: the command text goes.
        place.node.deleteData(place.start, place.end - place.start);
        placeCaretAt(place.node, place.start);
        closeMention();
        syncContent();
      },
      () => {
        if (request !== selectRequest.current) return;
        // A failed command leaves what was typed; the menu closes.
        setRunning(null);
        setDismissedAt({ node: at.node, start: at.start });
      },
    );
  };

  const pick = (option: Entity | Command) => {
    if (mention?.trigger === "/") chooseCommand(option as Command);
    else insertEntity(option as Entity);
  };

  const send = () => {
    const editor = editorRef.current;
    if (!editor || disabled || busy) return;
    const pending = filesRef.current;
    if (pending.some((file) => file.status === "uploading")) return;
    const uploaded = pending.flatMap((file) => (file.status === "uploaded" && file.attachment ? [file.attachment] : []));
    const content = trimContent(readEditorContent(editor));
    if (isContentEmpty(content) && uploaded.length === 0) return;
    const message: ComposerMessage = { content, inference_options: { tool_choice: tool ? { id: tool.id } : null, model: modelId } };
    if (uploaded.length > 0) message.attachments = uploaded;
    onSend(message);
    // Sent from the send button (or another control of the composer): the button is disabled now that the field is
    // empty, which would drop focus to the page. Focus goes back to the message field.
    const active = editor.ownerDocument.activeElement;
    const fromControl = active !== editor && active instanceof HTMLElement && (root?.contains(active) ?? false);
    editor.replaceChildren();
    if (fromControl) editor.focus();
    closeMention();
    setEmpty(true);
    for (const file of pending) if (file.previewUrl) URL.revokeObjectURL(file.previewUrl);
    setFiles([]);
    setFileProblem(null);
    if (tool && !tool.persistent) selectTool(null);
  };

  /** Checks and uploads files (from the picker, a drop or a paste); refused ones are named in the alert line. */
  const addFiles = (list: FileList | readonly File[]) => {
    const option = attachmentsRef.current;
    if (!option || option.enabled === false || disabled) return;
    let count = filesRef.current.filter((file) => file.status !== "failed").length;
    const problems: string[] = [];
    const added: PendingFile[] = [];
    const starts: Array<() => void> = [];
    for (const file of Array.from(list)) {
      const problem = attachmentProblem(file, option, count);
      if (problem) {
        problems.push(problem);
        continue;
      }
      count++;
      const entry: PendingFile = {
        key: ++fileKey.current,
        name: file.name,
        type: file.type,
        size: file.size,
        status: "uploading",
        loaded: 0,
        previewUrl: PREVIEWABLE.test(file.type) ? URL.createObjectURL(file) : undefined,
        abort: new AbortController(),
      };
      added.push(entry);
      const update = (patch: Partial<PendingFile>) =>
        setFiles((current) => current.map((candidate) => (candidate.key === entry.key ? { ...candidate, ...patch } : candidate)));
      starts.push(() => {
      let upload: Promise<ComposerAttachment>;
      try {
        upload = Promise.resolve(
          option.upload(file, { onProgress: ({ loaded }) => update({ loaded }), signal: entry.abort.signal }),
        );
      } catch (error) {
        upload = Promise.reject(error);
      }
      upload.then(
        (attachment) => {
          if (entry.abort.signal.aborted) return;
          update({ status: "uploaded", loaded: entry.size, attachment });
        },
        () => {
          if (entry.abort.signal.aborted) return;
          update({ status: "failed" });
        },
      );
      });
    }
    setFileProblem(problems.length > 0 ? problems.join(" ") : null);
    // Listed first, so that progress reported at once by an upload finds its entry.
    if (added.length > 0) setFiles((current) => [...current, ...added]);
    for (const start of starts) start();
  };

  const removeFile = (entry: PendingFile) => {
    entry.abort.abort();
    if (entry.previewUrl) URL.revokeObjectURL(entry.previewUrl);
    setFiles((current) => current.filter((candidate) => candidate.key !== entry.key));
    if (entry.status === "uploaded" && entry.attachment) {
      const remove = attachmentsRef.current?.remove;
      // The server copy goes too; a failure there leaves an orphan on the server, never a stuck composer.
      if (remove) Promise.resolve().then(() => remove(entry.attachment!)).catch(() => undefined);
    }
    // The button that had focus is gone: focus returns to the input.
    editorRef.current?.focus();
  };

  // Unmounting aborts running uploads and frees the previews.
  useEffect(
    () => () => {
      for (const file of filesRef.current) {
        file.abort.abort();
        if (file.previewUrl) URL.revokeObjectURL(file.previewUrl);
      }
    },
    [],
  );

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
        if (!running) pick(activeOption);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        selectRequest.current++;
        setRunning(null);
        setSubmenu(null);
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
    if (attachmentsEnabled && event.clipboardData.files.length > 0) {
      addFiles(event.clipboardData.files);
      return;
    }
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
  const uploading = files.some((file) => file.status === "uploading");
  const hasUploaded = files.some((file) => file.status === "uploaded");
  const canSend = (!empty || hasUploaded) && !uploading && !disabled && !busy;
  const hasFiles = (event: DragEvent) => attachmentsEnabled && !disabled && event.dataTransfer.types.includes("Files");

  return (
    <div
      ref={setRoot}
      className={["cw-composer", className].filter(Boolean).join(" ")}
      data-disabled={disabled || undefined}
      // The message field's focus ring is drawn round the whole composer (composer.css).
      data-input-focused={focused || undefined}
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        setDragging(false);
        if (!hasFiles(event)) return;
        event.preventDefault();
        addFiles(event.dataTransfer.files);
      }}
    >
      {popupOpen &&
        (commandMode ? (
          <MentionList<Command>
            listId={listId}
            label="Commands"
            groups={commandGroups}
            search={commandState}
            activeEntity={activeOption as Command | undefined}
            optionId={(command) => optionId(options.indexOf(command))}
            onPick={(command) => {
              if (!running) chooseCommand(command);
            }}
            onHover={(command) => setActiveIndex(options.indexOf(command))}
            statusText={running ? `Running “${running.label}”…` : undefined}
          />
        ) : (
          <MentionList
            listId={listId}
            groups={entityGroups}
            search={search}
            activeEntity={activeOption as Entity | undefined}
            optionId={(entity) => optionId(options.indexOf(entity))}
            onPick={(entity) => insertEntity(entity)}
            onHover={(entity) => setActiveIndex(options.indexOf(entity))}
          />
        ))}
      {files.length > 0 && (
        <ul className="cw-composer__attachments" aria-label="Attachments">
          {files.map((file) => (
            <li key={file.key} className="cw-composer__attachment" data-status={file.status}>
              {file.previewUrl ? (
                <img className="cw-composer__attachment-thumb" src={file.previewUrl} alt="" />
              ) : (
                <span className="cw-composer__attachment-thumb" aria-hidden="true">
                  <ComposerIcon glyph="file" />
                </span>
              )}
              <span className="cw-composer__attachment-text">
                <span className="cw-composer__attachment-name">{file.name}</span>
                <span className="cw-composer__attachment-detail">
                  {file.status === "failed" ? "Upload failed" : formatBytes(file.size)}
                </span>
              </span>
              {file.status === "uploading" && (
                <span
                  role="progressbar"
                  aria-label={`Uploading ${file.name}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={file.size > 0 ? Math.round((file.loaded / file.size) * 100) : 0}
                  className="cw-composer__attachment-progress"
                  style={{ "--cw-progress": file.size > 0 ? file.loaded / file.size : 0 } as CSSProperties}
                />
              )}
              <button
                type="button"
                className="cw-composer__icon-button cw-composer__attachment-remove"
                aria-label={`Remove ${file.name}`}
                title="Remove"
                onClick={() => removeFile(file)}
              >
                <ComposerIcon glyph="x" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {fileProblem && (
        <div role="alert" className="cw-composer__attachment-problem">
          {fileProblem}
        </div>
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
        {attachmentsEnabled && (
          <>
            <button
              type="button"
              className="cw-composer__icon-button"
              aria-label="Attach files"
              title="Attach files"
              disabled={disabled}
              onClick={() => fileInputRef.current?.click()}
            >
              <ComposerIcon glyph="paperclip" />
            </button>
            <input
              ref={fileInputRef}
              type="file"
              multiple
              hidden
              tabIndex={-1}
              accept={acceptAttribute(attachments?.accept)}
              onChange={(event) => {
                if (event.currentTarget.files) addFiles(event.currentTarget.files);
                event.currentTarget.value = "";
              }}
            />
          </>
        )}
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
        {tool && !tool.pinned && (
          <SelectedToolChip
            tool={tool}
            onRemove={() => {
              selectTool(null);
              // The remove button goes with the chip: focus returns to the message field, not to the page.
              editorRef.current?.focus();
            }}
            disabled={disabled}
          />
        )}
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
