import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { widgetFileEntries, widgetFileStory } from "./widgetFileStories";

/**
 * Every `.widget` file of OpenAI's ChatKit samples, rendered through the template engine from its
 * Widget Builder `defaultState` (its `outputJsonPreview` when it has none or the template refuses it).
 * Each play function operates every button and clickable list item by keyboard (Tab, Enter or Space) and
 * checks the dispatched action and that focus stays in the story.
 */
const meta = {
  title: "Templates/Widget files",
  component: WidgetRenderer,
  args: { onAction: fn(), onServerAction: fn(async () => {}), item: { id: "msg_template" } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

const files = import.meta.glob<string>("@corpus/*.widget", { query: "?raw", import: "default", eager: true });
const entries = widgetFileEntries(files, [
  "article_list",
  "article_preview",
  "author_preview",
  "cat_name_suggestions",
  "cat_profile",
  "event_list",
  "flight_options",
  "line_select",
  "meal_preferences",
]);
const story = (name: string, extra?: Parameters<typeof widgetFileStory>[1]) => widgetFileStory(entries.get(name)!, extra) as Story;

export const ArticleList = story("article_list");
export const ArticlePreview = story("article_preview");
export const AuthorPreview = story("author_preview");
export const CatNameSuggestions = story("cat_name_suggestions");
export const CatProfile = story("cat_profile");
// The sample's data colours each event's time label with its own palette colour (`blue-400` on white,
// 3.6:1): the author's choice, not the renderer's, so the contrast rule is off for this file only.
export const EventList = story("event_list", {
  parameters: { a11y: { config: { rules: [{ id: "color-contrast", enabled: false }] } } },
});
export const FlightOptions = story("flight_options");
export const LineSelect = story("line_select");
export const MealPreferences = story("meal_preferences");
