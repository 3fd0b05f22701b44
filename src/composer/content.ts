// Pure functions between composer entities and ChatKit user-message content (WIDGET-SPEC §6.6, §7.2).
// No DOM and no React here, so the wire shape can be unit-tested in Node.
import type { BasicNode } from "../schema";
import type { ComposerAttachment } from "./attachments";

/** An entity as the app hands it to the composer (`entities.onTagSearch`). */
export interface Entity {
  id: string;
  title: string;
  icon?: string;
  interactive?: boolean;
  group?: string;
  data?: Record<string, string>;
}

/** What an app answers to `onRequestPreview` (WIDGET-SPEC §7.2): a Basic widget, or null for no preview. */
export interface EntityPreview {
  preview: BasicNode | null;
}

/** The `entities` callbacks that act on tags in sent messages. */
export interface EntityHandlers {
  /** A click on an interactive tag. */
  onClick?: (entity: Entity) => void;
  /** Hover or focus on an interactive tag shows the returned `Basic` widget. */
  onRequestPreview?: (entity: Entity) => Promise<EntityPreview>;
}

export interface UserMessageTextContent {
  type: "input_text";
  text: string;
}

export interface UserMessageTagContent {
  type: "input_tag";
  id: string;
  text: string;
  data: Record<string, unknown>;
  group?: string;
  interactive: boolean;
}

export type UserMessageContent = UserMessageTextContent | UserMessageTagContent;

export interface InferenceOptions {
  tool_choice: { id: string } | null;
  model: string | null;
}

/**
 * What the composer hands over when the user sends: the `input` of `threads.add_user_message`. `attachments` (the
 * uploaded ones; their ids go on the wire) is present only when there are some.
 */
export interface ComposerMessage {
  content: UserMessageContent[];
  inference_options: InferenceOptions;
  attachments?: ComposerAttachment[];
}

export function entityToTag(entity: Entity): UserMessageTagContent {
  const tag: UserMessageTagContent = {
    type: "input_tag",
    id: entity.id,
    text: entity.title,
    data: { ...(entity.data ?? {}) },
    interactive: entity.interactive ?? false,
  };
  if (entity.group !== undefined) tag.group = entity.group;
  return tag;
}

/** The inverse of `entityToTag`, for chips in sent messages (`onClick`/`onRequestPreview` receive an Entity). */
export function tagToEntity(tag: UserMessageTagContent): Entity {
  const entity: Entity = { id: tag.id, title: tag.text, interactive: tag.interactive };
  if (tag.group !== undefined) entity.group = tag.group;
  const data = stringRecord(tag.data);
  if (data) entity.data = data;
  return entity;
}

function stringRecord(data: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!data) return undefined;
  const entries = Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Merges adjacent text parts and drops empty ones; tags keep their place. */
export function normalizeContent(parts: readonly UserMessageContent[]): UserMessageContent[] {
  const out: UserMessageContent[] = [];
  for (const part of parts) {
    if (part.type === "input_text") {
      if (part.text === "") continue;
      const last = out[out.length - 1];
      if (last?.type === "input_text") {
        out[out.length - 1] = { type: "input_text", text: last.text + part.text };
        continue;
      }
      out.push({ type: "input_text", text: part.text });
    } else {
      out.push(part);
    }
  }
  return out;
}

/**
 * Normalised content with surrounding whitespace removed (leading on the first text part, trailing on the
 * last), the way a message is sent. Whitespace next to a tag inside the message is kept.
 */
export function trimContent(parts: readonly UserMessageContent[]): UserMessageContent[] {
  const content = normalizeContent(parts);
  const first = content[0];
  if (first?.type === "input_text") content[0] = { type: "input_text", text: first.text.replace(/^\s+/, "") };
  const lastIndex = content.length - 1;
  const last = content[lastIndex];
  if (last?.type === "input_text") content[lastIndex] = { type: "input_text", text: last.text.replace(/\s+$/, "") };
  return normalizeContent(content);
}

/** True when there is nothing worth sending: no tag and only whitespace. */
export function isContentEmpty(parts: readonly UserMessageContent[]): boolean {
  return parts.every((part) => part.type === "input_text" && part.text.trim() === "");
}

/** Plain text of a message: tags become `@title` (what ChatKit's default converter shows a model). */
export function contentToPlainText(parts: readonly UserMessageContent[]): string {
  return parts.map((part) => (part.type === "input_text" ? part.text : `@${part.text}`)).join("");
}

/** Content as apps pass it to `setComposerValue`/`sendUserMessage`: ChatKit makes a tag's `data`/`interactive` optional. */
export type UserMessageContentInput =
  | UserMessageTextContent
  | (Omit<UserMessageTagContent, "data" | "interactive" | "group"> & {
      data?: Record<string, unknown>;
      interactive?: boolean;
      /** The wire may carry `null` for "no group". */
      group?: string | null;
    });

/** Accepts `setComposerValue`/`sendUserMessage` input: a string or content, with tag defaults filled in. */
export function toContent(value: string | readonly UserMessageContentInput[]): UserMessageContent[] {
  if (typeof value === "string") return normalizeContent([{ type: "input_text", text: value }]);
  return normalizeContent(
    value.map((part): UserMessageContent => {
      if (part.type === "input_text") return part;
      const { group, ...tag } = part;
      return { ...tag, data: part.data ?? {}, interactive: part.interactive ?? false, ...(group == null ? {} : { group }) };
    }),
  );
}

export interface EntityGroup<T extends { group?: string } = Entity> {
  /** Heading; undefined for entities without a `group`. */
  group: string | undefined;
  entities: T[];
}

/**
 * Groups search results (entities or commands) by `group`, in the order each group first appears; order inside a
 * group is kept.
 */
export function groupEntities<T extends { group?: string } = Entity>(entities: readonly T[]): EntityGroup<T>[] {
  const groups: EntityGroup<T>[] = [];
  const byName = new Map<string | undefined, EntityGroup<T>>();
  for (const entity of entities) {
    let group = byName.get(entity.group);
    if (!group) {
      group = { group: entity.group, entities: [] };
      byName.set(entity.group, group);
      groups.push(group);
    }
    group.entities.push(entity);
  }
  return groups;
}

/** Entities in the order the list shows them (grouped), which is the order ↑/↓ walk. */
export function flattenGroups<T extends { group?: string }>(groups: readonly EntityGroup<T>[]): T[] {
  return groups.flatMap((group) => group.entities);
}

export interface MentionQuery {
  /** Offset of the `@` (or `/`) in the text before the caret. */
  start: number;
  /** Text typed after the `@` (may be empty). */
  query: string;
}

/** What starts a suggestion menu: `@` mentions entities, `/` runs commands. */
export type MenuTrigger = "@" | "/";

export interface TriggerQuery extends MentionQuery {
  trigger: MenuTrigger;
}

/**
 * Finds a menu trigger being typed: the text before the caret ends with `@query` or `/query`, the trigger
 * character starting the text or following whitespace (so `mail@example` and `either/or` open nothing) and the
 * query holding no whitespace, `@` or `/`. Only the triggers in `enabled` count.
 */
export function findTriggerQuery(textBeforeCaret: string, enabled: ReadonlySet<MenuTrigger>): TriggerQuery | null {
  const match = /(^|\s)([@/])([^\s@/]*)$/.exec(textBeforeCaret);
  if (!match) return null;
  const trigger = match[2] as MenuTrigger;
  if (!enabled.has(trigger)) return null;
  return { trigger, start: match.index + match[1].length, query: match[3] };
}

/** An action in the composer's `/` menu (ChatKit's `Command`). */
export interface Command {
  id: string;
  label: string;
  description?: string;
  /** A ChatKit icon name. */
  icon?: string;
  /** Heading the command is listed under. */
  group?: string;
}

/**
 * What choosing a command yields (ChatKit's `CommandSelection`): an entity inserted as a chip where `/query` was
 * typed, or a further menu of commands. `onSelect` resolving to nothing means the command only had an effect.
 */
export type CommandSelection = { type: "entity"; entity: Entity } | { type: "menu"; commands: Command[] };

/** ChatKit's `commands` composer option (1.9). */
export interface CommandsOption {
  /** Enables the `/` menu. Default: true when this object is given. */
  enabled?: boolean;
  /** Commands matching what was typed after `/` (may be empty). Answers to older queries are dropped. */
  onSearch?: (query: string) => Promise<Command[]>;
  /** Runs a chosen command; see `CommandSelection`. A rejection closes the menu and leaves the text. */
  onSelect?: (command: Command) => Promise<void | CommandSelection | null | undefined>;
}

/**
 * Finds an @mention being typed: the text before the caret ends with `@query`, where the `@` starts the text or
 * follows whitespace (so `mail@example` is not a mention) and the query has no whitespace.
 */
export function findMentionQuery(textBeforeCaret: string): MentionQuery | null {
  const match = /(^|\s)@([^\s@]*)$/.exec(textBeforeCaret);
  if (!match) return null;
  const start = match.index + match[1].length;
  return { start, query: match[2] };
}
