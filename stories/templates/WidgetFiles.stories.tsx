import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { widgetFileEntries, widgetFileStory } from "./widgetFileStories";

/**
 * Every `.widget` file of OpenAI's ChatKit samples, rendered through the template engine from its
 * Widget Builder `defaultState` (its `outputJsonPreview` when it has none or the template refuses it).
 * Each play function clicks every button and clickable list item and checks the dispatched action.
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
const story = (name: string) => widgetFileStory(entries.get(name)!) as Story;

export const ArticleList = story("article_list");
export const ArticlePreview = story("article_preview");
export const AuthorPreview = story("author_preview");
export const CatNameSuggestions = story("cat_name_suggestions");
export const CatProfile = story("cat_profile");
export const EventList = story("event_list");
export const FlightOptions = story("flight_options");
export const LineSelect = story("line_select");
export const MealPreferences = story("meal_preferences");
