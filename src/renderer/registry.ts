import type { ZodMiniType } from "zod/mini";
import { BadgeView } from "../components/Badge/Badge.view";
import { BasicView } from "../components/Basic/Basic.view";
import { BoxView } from "../components/Box/Box.view";
import { ButtonView } from "../components/Button/Button.view";
import { CaptionView } from "../components/Caption/Caption.view";
import { CardView } from "../components/Card/Card.view";
import { ChartView } from "../components/Chart/Chart.view";
import { ColView } from "../components/Col/Col.view";
import { DividerView } from "../components/Divider/Divider.view";
import { FormView } from "../components/Form/Form.view";
import { IconView } from "../components/Icon/Icon.view";
import { ImageView } from "../components/Image/Image.view";
import { InputView } from "../components/Input/Input.view";
import { LabelView } from "../components/Label/Label.view";
import { ListViewView } from "../components/ListView/ListView.view";
import { ListViewItemView } from "../components/ListViewItem/ListViewItem.view";
import { MarkdownView } from "../components/Markdown/Markdown.view";
import { RowView } from "../components/Row/Row.view";
import { SpacerView } from "../components/Spacer/Spacer.view";
import { TableCellView, TableRowView, TableView } from "../components/Table/Table.view";
import { TextView } from "../components/Text/Text.view";
import { TextareaView } from "../components/Textarea/Textarea.view";
import { TitleView } from "../components/Title/Title.view";
import { TransitionView } from "../components/Transition/Transition.view";
import { lazyNodeView } from "./lazyView";
import type { NodeView, NodeViewMap } from "../view-kit/types";

// Views built on Radix (and the calendar) load in their own chunk on first use, so a widget without form
// controls does not download them; the renderer starts the load as soon as a validated widget contains one.
const controlHeight = (size: unknown) => `var(--cw-control-height-${typeof size === "string" ? size : "md"})`;
const fieldPlaceholder = ({ node }: { node: Record<string, unknown> }) => ({
  display: node.block ? "block" : "inline-block",
  inlineSize: node.block ? "100%" : `calc(${controlHeight(node.size)} * 3)`,
  blockSize: controlHeight(node.size),
});
const SelectView = lazyNodeView(() => import("../components/Select/Select.view").then((m) => m.SelectView), fieldPlaceholder);
const DatePickerView = lazyNodeView(
  () => import("../components/DatePicker/DatePicker.view").then((m) => m.DatePickerView),
  fieldPlaceholder,
);
const CheckboxView = lazyNodeView(() => import("../components/Checkbox/Checkbox.view").then((m) => m.CheckboxView), () => ({
  display: "block",
  blockSize: "1lh",
}));
const RadioGroupView = lazyNodeView(
  () => import("../components/RadioGroup/RadioGroup.view").then((m) => m.RadioGroupView),
  ({ node }) => {
    const count = Array.isArray(node.options) ? node.options.length : 1;
    return { display: "block", blockSize: node.direction === "row" ? "1lh" : `calc(${count} * 1lh)` };
  },
);

/** Loads every lazily loaded built-in view (tests, server rendering, or to avoid placeholders on first use). */
export function preloadBuiltinViews(): Promise<unknown> {
  return Promise.all([SelectView, DatePickerView, CheckboxView, RadioGroupView].map((view) => view.preload()));
}

/** The view of every built-in node `type`. */
export const builtinViews: NodeViewMap = {
  Card: CardView,
  ListView: ListViewView,
  ListViewItem: ListViewItemView,
  Basic: BasicView,
  Box: BoxView,
  Row: RowView,
  Col: ColView,
  Form: FormView,
  Spacer: SpacerView,
  Divider: DividerView,
  Transition: TransitionView,
  Title: TitleView,
  Caption: CaptionView,
  Text: TextView,
  Markdown: MarkdownView,
  Label: LabelView,
  Badge: BadgeView,
  Icon: IconView,
  Image: ImageView,
  Button: ButtonView,
  Table: TableView,
  "Table.Row": TableRowView,
  "Table.Cell": TableCellView,
  Input: InputView,
  Textarea: TextareaView,
  Select: SelectView,
  DatePicker: DatePickerView,
  Checkbox: CheckboxView,
  RadioGroup: RadioGroupView,
  Chart: ChartView,
};

/** An app-defined node type: the zod (`zod/mini`) schema of its props and the component that renders it. */
export interface CustomNodeDefinition<N = unknown> {
  /** Validates the node without its `children` (children are walked like any component's). */
  schema: ZodMiniType<N>;
  /** Receives `{ node, path }`; render children with `<WidgetChildren nodes={node.children} path={path} />`. */
  component: NodeView<N>;
}

/** What `WidgetRenderer`'s `registry` prop takes. */
export interface WidgetRegistry {
  /** Schemas handed to `parseWidget` as `customNodes`. */
  readonly schemas: Readonly<Record<string, ZodMiniType>>;
  /** Views added to the built-ins. */
  readonly views: NodeViewMap;
}

/**
 * Registers app-defined node types, e.g.
 * `createWidgetRegistry({ Weather: { schema: z.object({ type: z.literal("Weather"), city: z.string() }), component: WeatherView } })`.
 * Built-in types cannot be replaced (`parseWidget` refuses them); create the registry once, outside render.
 */
export function createWidgetRegistry(definitions: Record<string, CustomNodeDefinition<any>>): WidgetRegistry { // eslint-disable-line @typescript-eslint/no-explicit-any
  const schemas: Record<string, ZodMiniType> = {};
  const views: Record<string, NodeView> = {};
  for (const [type, definition] of Object.entries(definitions)) {
    if (Object.prototype.hasOwnProperty.call(builtinViews, type)) {
      throw new Error(`createWidgetRegistry: "${type}" is a built-in node type and cannot be replaced`);
    }
    schemas[type] = definition.schema as ZodMiniType;
    views[type] = definition.component;
  }
  return { schemas, views };
}
