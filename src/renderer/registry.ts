import type { ZodMiniType } from "zod/mini";
import { BadgeView } from "../components/Badge/Badge.view";
import { BasicView } from "../components/Basic/Basic.view";
import { BoxView } from "../components/Box/Box.view";
import { ButtonView } from "../components/Button/Button.view";
import { CaptionView } from "../components/Caption/Caption.view";
import { CardView } from "../components/Card/Card.view";
import { ChartView } from "../components/Chart/Chart.view";
import { CheckboxView } from "../components/Checkbox/Checkbox.view";
import { ColView } from "../components/Col/Col.view";
import { DatePickerView } from "../components/DatePicker/DatePicker.view";
import { DividerView } from "../components/Divider/Divider.view";
import { FormView } from "../components/Form/Form.view";
import { IconView } from "../components/Icon/Icon.view";
import { ImageView } from "../components/Image/Image.view";
import { InputView } from "../components/Input/Input.view";
import { LabelView } from "../components/Label/Label.view";
import { ListViewView } from "../components/ListView/ListView.view";
import { ListViewItemView } from "../components/ListViewItem/ListViewItem.view";
import { MarkdownView } from "../components/Markdown/Markdown.view";
import { RadioGroupView } from "../components/RadioGroup/RadioGroup.view";
import { RowView } from "../components/Row/Row.view";
import { SelectView } from "../components/Select/Select.view";
import { SpacerView } from "../components/Spacer/Spacer.view";
import { TableCellView, TableRowView, TableView } from "../components/Table/Table.view";
import { TextView } from "../components/Text/Text.view";
import { TextareaView } from "../components/Textarea/Textarea.view";
import { TitleView } from "../components/Title/Title.view";
import { TransitionView } from "../components/Transition/Transition.view";
import type { NodeView, NodeViewMap } from "./types";

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
