import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { focused, tabThrough } from "../keyboard";
import { corpusWidget } from "./corpus";

/**
 * The `outputJsonPreview` of every `.widget` file in OpenAI's public ChatKit samples, rendered as-is.
 * Each story fails when any part of the widget falls back to an error card, or when Tab does not reach every
 * control in it (and Shift+Tab back); the same files are operated key by key in Templates/Widget files.
 */
const meta = {
  title: "Widgets/Corpus gallery",
  component: WidgetRenderer,
  args: { onAction: fn(), onServerAction: fn(async () => {}), item: { id: "msg_gallery" } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

function corpusStory(name: string, extra: Partial<Story> = {}): Story {
  const { title, preview } = corpusWidget(name);
  return {
    ...extra,
    name: title,
    args: { widget: preview },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelector(".cw-error-card")).toBeNull();
      await expect(canvasElement.querySelector(".cw-widget")).not.toBeNull();
      await tabThrough(canvasElement.querySelector(".cw-widget")!, { allowNone: true });
      focused()?.blur();
    },
  };
}

export const ArticleList = corpusStory("article_list");
export const ArticlePreview = corpusStory("article_preview");
export const AuthorPreview = corpusStory("author_preview");
export const CatNameSuggestions = corpusStory("cat_name_suggestions");
export const CatProfile = corpusStory("cat_profile");
// The sample colours each event's time label with its own palette colour (`blue-400` on white, 3.6:1): the
// author's choice, not the renderer's, so the contrast rule is off for this file only.
export const EventList = corpusStory("event_list", {
  parameters: { a11y: { config: { rules: [{ id: "color-contrast", enabled: false }] } } },
});
export const FlightOptions = corpusStory("flight_options");
export const LineSelect = corpusStory("line_select");
export const MealPreferences = corpusStory("meal_preferences");
