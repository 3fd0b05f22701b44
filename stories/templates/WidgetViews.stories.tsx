import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { widgetViewEntries } from "./widgetViewStories";
import { widgetFileStory } from "./widgetFileStories";

/**
 * Widget Builder views kept in the repository (`stories/templates/views/<name>.widget.jsx` with
 * `<name>.state.json` and `<name>.schema.ts` or `.schema.json`): each is evaluated with its state,
 * compiled to a `.widget` file and checked to render the same through the template engine. The play
 * function operates every action by keyboard (Tab, Enter or Space) and checks what was dispatched.
 */
const meta = {
  title: "Templates/Widget views",
  component: WidgetRenderer,
  args: { onAction: fn(), onServerAction: fn(async () => {}), item: { id: "msg_view" } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

const entries = widgetViewEntries(
  import.meta.glob<string>("./views/*.widget.jsx", { query: "?raw", import: "default", eager: true }),
  import.meta.glob<string>("./views/*.{state,schema}.json", { query: "?raw", import: "default", eager: true }),
  import.meta.glob<string>("./views/*.schema.ts", { query: "?raw", import: "default", eager: true }),
  ["order_status", "task_list"],
);

export const OrderStatus = widgetFileStory(entries.get("order_status")!) as Story;
export const TaskList = widgetFileStory(entries.get("task_list")!) as Story;
