import { createElement } from "react";
import type { ZodMiniType } from "zod/mini";
import { BadgeView } from "../components/Badge/Badge.view";
import { BasicView } from "../components/Basic/Basic.view";
import { BoxView } from "../components/Box/Box.view";
import { ButtonView } from "../components/Button/Button.view";
import { CaptionView } from "../components/Caption/Caption.view";
import { CardView } from "../components/Card/Card.view";
import { ColView } from "../components/Col/Col.view";
import { DividerView } from "../components/Divider/Divider.view";
import { IconView } from "../components/Icon/Icon.view";
import { ImageView } from "../components/Image/Image.view";
import { MarkdownView } from "../components/Markdown/Markdown.view";
import { RowView } from "../components/Row/Row.view";
import { SpacerView } from "../components/Spacer/Spacer.view";
import { TextView } from "../components/Text/Text.view";
import { TitleView } from "../components/Title/Title.view";
import { preloadIconGlyphs } from "../components/Icon/builtinGlyphs";
import { lazyNodeView, type ConditionalLazyNodeView, type ControlPlaceholder, type LazyNodeView } from "./lazyView";
import { blockStyle, spacing } from "../styling/resolve";
import { loadFocusRecovery } from "./focus";
import { loadWidgetWalker } from "./validate";
import { loadFormValues } from "../actions/formValuesLoader";
import type { NodeView, NodeViewMap, NodeViewProps } from "../view-kit/types";
import type { TextNode } from "../schema";

// Form controls (Radix-based ones, the calendar, the text fields and labels) load in their own chunk on first use, so a
// widget without form controls does not download them; the renderer starts the load as soon as a validated widget
// contains one.
const controlHeight = (size: unknown) => `var(--cw-control-height-${typeof size === "string" ? size : "md"})`;
const fieldPlaceholder = ({ node }: { node: Record<string, unknown> }) => ({
  display: node.block ? "block" : "inline-block",
  inlineSize: node.block ? "100%" : `calc(${controlHeight(node.size)} * 3)`,
  blockSize: controlHeight(node.size),
});
const InputView = lazyNodeView(() => import("./fieldViews").then((m) => m.InputView), ({ node }) => ({
  display: "block",
  blockSize: controlHeight(node.size),
}));
const TextareaView = lazyNodeView(() => import("./fieldViews").then((m) => m.TextareaView), ({ node }) => ({
  display: "block",
  blockSize: `calc(${typeof node.rows === "number" && node.rows >= 1 ? Math.floor(node.rows) : 3} * 1lh + 1.5rem)`,
}));
const SelectView = lazyNodeView(() => import("./controlViews").then((m) => m.SelectView), fieldPlaceholder);
const DatePickerView = lazyNodeView(
  () => import("./controlViews").then((m) => m.DatePickerView),
  fieldPlaceholder,
);
const CheckboxView = lazyNodeView(() => import("./controlViews").then((m) => m.CheckboxView), () => ({
  display: "block",
  blockSize: "1lh",
}));
const RadioGroupView = lazyNodeView(
  () => import("./controlViews").then((m) => m.RadioGroupView),
  ({ node }) => {
    const count = Array.isArray(node.options) ? node.options.length : 1;
    return { display: "block", blockSize: node.direction === "row" ? "1lh" : `calc(${count} * 1lh)` };
  },
);

// Charts and labels load lazily too, in the field-views chunk (the renderer preloads it the same way), in a box of
// the size their props give, so nothing moves when the view arrives. Images and dividers, which typical widgets
// use, are drawn at once.
const sizedPlaceholder = ({ node }: { node: Record<string, unknown> }) => ({ display: "block", ...blockStyle(node) });
const ChartView = lazyNodeView(() => import("./fieldViews").then((m) => m.ChartView), (props) => ({
  blockSize: "200px",
  ...sizedPlaceholder(props),
}));
const LabelView = lazyNodeView(() => import("./fieldViews").then((m) => m.LabelView), () => ({
  display: "block",
  blockSize: "1lh",
}));

// Lists and tables (rare in a widget) load with them. Their height follows their content, so a widget that has not
// been shown yet waits for their chunk and appears whole; in a widget already on screen (an update that adds the
// first list or table of the page) a box of an estimated height stands in: one line per row or item.
const rowsOf = (node: Record<string, unknown>) => (Array.isArray(node.children) ? node.children.length : 1);
const listPlaceholder: ControlPlaceholder = ({ node }) => ({
  display: "block",
  blockSize: `calc(${rowsOf(node)} * (1lh + ${spacing(5)}))`,
});
const ListViewView = lazyNodeView(() => import("./fieldViews").then((m) => m.ListViewView), listPlaceholder, true);
const ListViewItemView = lazyNodeView(() => import("./fieldViews").then((m) => m.ListViewItemView), () => ({
  display: "block",
  blockSize: `calc(1lh + ${spacing(5)})`,
}), true);
const TableView = lazyNodeView(() => import("./fieldViews").then((m) => m.TableView), ({ node }) => ({
  display: "block",
  blockSize: `calc(${rowsOf(node)} * (1lh + ${spacing(4)}))`,
}), true);
const TableRowView = lazyNodeView(() => import("./fieldViews").then((m) => m.TableRowView), () => ({
  display: "block",
  blockSize: `calc(1lh + ${spacing(4)})`,
}), true);
const TableCellView = lazyNodeView(() => import("./fieldViews").then((m) => m.TableCellView), () => ({ display: "inline-block" }), true);

// An editable Text is a form field: it loads with them. Static text (nearly every Text) draws at once.
const EditableTextView = lazyNodeView(() => import("./fieldViews").then((m) => m.EditableTextView), ({ node }) => ({
  display: "block",
  blockSize: `calc(var(--cw-line-height-text-${typeof node.size === "string" ? node.size : "md"}) + 1px)`,
}));
const TextNodeView: ConditionalLazyNodeView = Object.assign(
  (props: NodeViewProps<TextNode>) =>
    props.node.editable ? createElement(EditableTextView, props as NodeViewProps) : createElement(TextView, props),
  { preloadFor: (node: Record<string, unknown>) => void (node.editable ? EditableTextView.preload() : undefined) },
);

// Forms and transitions wrap other nodes, so, like lists, they hold back a widget not yet shown until their chunk is
// there; in a widget already on screen, a box of one line per child stands in.
const wrapperPlaceholder: ControlPlaceholder = ({ node }) => ({ display: "block", blockSize: `calc(${rowsOf(node)} * 1lh)` });
const FormView = lazyNodeView(() => import("./fieldViews").then((m) => m.FormView), wrapperPlaceholder, true);
const TransitionView = lazyNodeView(() => import("./fieldViews").then((m) => m.TransitionView), wrapperPlaceholder, true);

/**
 * Loads every lazily loaded built-in view, the built-in icon glyphs, the validator's walker (with every node spec),
 * the focus recovery and the code that reads form values (tests, server rendering, or to avoid placeholders, empty
 * icon boxes and a first action that waits). Rejects when a chunk cannot be loaded.
 */
export function preloadBuiltinViews(): Promise<unknown> {
  return Promise.all([
    ...[...Object.values(builtinViews), EditableTextView].map((view) => (view as Partial<LazyNodeView>).preload?.()),
    preloadIconGlyphs(),
    loadWidgetWalker(),
    loadFocusRecovery(),
    loadFormValues(),
  ]);
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
  Text: TextNodeView as NodeView,
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
