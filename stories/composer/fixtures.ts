// Entities, tools and models shared by the composer stories: a newsroom assistant's people, articles and topics.
import type { Command, Entity } from "../../src/composer";
import type { ModelOption, ToolOption } from "../../src/composer";

export const ENTITIES: Entity[] = [
  { id: "person_alice", title: "Alice Martin", group: "People", icon: "profile", interactive: true, data: { type: "person", role: "Editor" } },
  { id: "person_alina", title: "Alina Petrova", group: "People", icon: "profile", interactive: true, data: { type: "person", role: "Reporter" } },
  { id: "person_bob", title: "Bob Okafor", group: "People", icon: "profile", interactive: true, data: { type: "person", role: "Photographer" } },
  { id: "article_123", title: "The Future of AI", group: "Articles", icon: "document", interactive: true, data: { type: "article" } },
  { id: "article_alien", title: "Alien worlds, close to home", group: "Articles", icon: "document", interactive: true, data: { type: "article" } },
  { id: "topic_algorithms", title: "Algorithms", group: "Topics", icon: "lightbulb", data: { type: "topic" } },
];

/** Case-insensitive match on any word of the title, in the fixture's order. */
export function matchEntities(query: string, entities: readonly Entity[] = ENTITIES): Entity[] {
  const needle = query.trim().toLowerCase();
  return entities.filter((entity) => entity.title.toLowerCase().split(/\s+/).some((word) => word.startsWith(needle)));
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const TOOLS: ToolOption[] = [
  { id: "general", label: "General", icon: "sparkle", pinned: true, placeholderOverride: "Ask anything about the news" },
  {
    id: "event_finder",
    label: "Find events",
    shortLabel: "Events",
    icon: "calendar",
    placeholderOverride: "Which events are you looking for?",
  },
  { id: "search_archive", label: "Search the archive", shortLabel: "Archive", icon: "search", persistent: true },
];

export const MODELS: ModelOption[] = [
  { id: "gpt-4.1-mini", label: "Fast", description: "Quick answers for everyday questions" },
  { id: "gpt-4.1", label: "Thorough", description: "Takes longer, reads more sources", default: true },
  { id: "o-legacy", label: "Legacy", description: "No longer available", disabled: true },
];

/** The `/` commands of the newsroom assistant. */
export const COMMANDS: Command[] = [
  { id: "summarize", label: "Summarize", description: "Summarize an article", icon: "document", group: "Write" },
  { id: "translate", label: "Translate", description: "Into another language", icon: "globe", group: "Write" },
  { id: "clear", label: "Clear draft", description: "Empty the composer", icon: "lucide:trash", group: "Composer" },
];

/** The languages `Translate` offers as a further menu. */
export const LANGUAGES: Command[] = [
  { id: "lang_fr", label: "French" },
  { id: "lang_de", label: "German" },
  { id: "lang_es", label: "Spanish" },
];

/** Commands whose label has a word starting with `query`. */
export function matchCommands(query: string, commands: readonly Command[] = COMMANDS): Command[] {
  const needle = query.trim().toLowerCase();
  return commands.filter((command) => command.label.toLowerCase().split(/\s+/).some((word) => word.startsWith(needle)));
}
