// Type compatibility with @openai/chatkit's widget types (checked by `tsc` in `npm test`).
//
// For every root and component ChatKit defines, a value of ChatKit's type must be accepted where ours is
// expected ("from"), and ours must be usable where ChatKit's is expected ("to"). Where a "to" check fails on
// purpose, the full check carries `@ts-expect-error` and a narrowed check proves that the difference is
// exactly the documented one and nothing else. The differences are explained in docs/chatkit-compat.md.
import type { Widgets } from "@openai/chatkit";
import type * as S from "../../src/schema";

// ChatKit does not export these; they are reached through the exported types.
type JsTable = Extract<Widgets.WidgetComponent, { type: "Table" }>;
type JsTableRow = Extract<Widgets.WidgetComponent, { type: "Table.Row" }>;
type JsActionConfig = NonNullable<Widgets.Button["onClickAction"]>;
type JsCard = Widgets.Card;
type JsThemeColor = Extract<NonNullable<JsCard["background"]>, object>;
type JsSpacing = Extract<NonNullable<JsCard["padding"]>, object>;
type JsBorder = Extract<NonNullable<Widgets.Box["border"]>, { size: number }>;
type JsBorders = Exclude<Extract<NonNullable<Widgets.Box["border"]>, object>, JsBorder>;
type JsWidgetStatus = NonNullable<JsCard["status"]>;
type JsCardAction = NonNullable<JsCard["confirm"]>;

/** Compiles only when `From` is assignable to `To`. */
function accepts<To>(value: To): To {
  return value;
}
declare function any<T>(): T;

// Difference 1 (Chart): our component union also has Chart (chatkit-python, Widget Builder), so our
// containers' children are wider. Narrowing children to ChatKit's union makes every container fit.
type WithJsChildren<T, C> = Omit<T, "children"> & { children: C };
type WithOptionalJsChildren<T, C> = Omit<T, "children"> & { children?: C };
type JsComponents = Widgets.WidgetComponent[];

// Difference 2 (icon names): ours are `string` (unknown names are kept with a warning; lucide:* is valid).
type WithJsIcon<T, K extends keyof T> = Omit<T, K> & { [P in K]: Extract<T[P], undefined> | Widgets.WidgetIcon };

// ---- roots -------------------------------------------------------------------------------------------
accepts<S.CardNode>(any<Widgets.Card>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.Card>(any<S.CardNode>());
accepts<Widgets.Card>(any<WithJsChildren<S.CardNode, JsComponents>>());

accepts<S.ListViewNode>(any<Widgets.ListView>());
// @ts-expect-error Chart may be among the items' children (difference 1)
accepts<Widgets.ListView>(any<S.ListViewNode>());
accepts<Widgets.ListView>(any<WithJsChildren<S.ListViewNode, Widgets.ListViewItem[]>>());

accepts<S.ListViewItemNode>(any<Widgets.ListViewItem>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.ListViewItem>(any<S.ListViewItemNode>());
accepts<Widgets.ListViewItem>(any<WithJsChildren<S.ListViewItemNode, JsComponents>>());

accepts<S.BasicNode>(any<Widgets.BasicRoot>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.BasicRoot>(any<S.BasicNode>());
accepts<Widgets.BasicRoot>(any<WithJsChildren<S.BasicNode, (Widgets.WidgetComponent | Widgets.WidgetRoot)[]>>());

accepts<S.WidgetRoot>(any<Widgets.WidgetRoot>());
// @ts-expect-error Chart may be in the tree (difference 1)
accepts<Widgets.WidgetRoot>(any<S.WidgetRoot>());

accepts<S.WidgetComponent>(any<Widgets.WidgetComponent>());
// @ts-expect-error Chart is one of our components (difference 1)
accepts<Widgets.WidgetComponent>(any<S.WidgetComponent>());
// Every leaf component (no children, no icon names) fits ChatKit's union as is.
accepts<Widgets.WidgetComponent | S.ChartNode>(any<Exclude<S.WidgetComponent, S.BoxNode | S.RowNode | S.ColNode | S.FormNode | S.TransitionNode | S.TableNode | S.TableRowNode | S.TableCellNode | S.IconNode | S.ButtonNode>>());

// ---- layout ------------------------------------------------------------------------------------------
accepts<S.BoxNode>(any<Widgets.Box>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.Box>(any<S.BoxNode>());
accepts<Widgets.Box>(any<WithOptionalJsChildren<S.BoxNode, JsComponents>>());

accepts<S.RowNode>(any<Widgets.Row>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.Row>(any<S.RowNode>());
accepts<Widgets.Row>(any<WithOptionalJsChildren<S.RowNode, JsComponents>>());

accepts<S.ColNode>(any<Widgets.Col>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.Col>(any<S.ColNode>());
accepts<Widgets.Col>(any<WithOptionalJsChildren<S.ColNode, JsComponents>>());

accepts<S.FormNode>(any<Widgets.Form>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.Form>(any<S.FormNode>());
accepts<Widgets.Form>(any<WithOptionalJsChildren<S.FormNode, JsComponents>>());

accepts<S.SpacerNode>(any<Widgets.Spacer>());
accepts<Widgets.Spacer>(any<S.SpacerNode>());

accepts<S.DividerNode>(any<Widgets.Divider>());
accepts<Widgets.Divider>(any<S.DividerNode>());

accepts<S.TransitionNode>(any<Widgets.Transition>());
// @ts-expect-error our `children` is optional (chatkit-python allows None) and may be a Chart (differences 1, 3)
accepts<Widgets.Transition>(any<S.TransitionNode>());
accepts<Widgets.Transition>(any<WithJsChildren<S.TransitionNode, Widgets.WidgetComponent>>());

// ---- text --------------------------------------------------------------------------------------------
accepts<S.TitleNode>(any<Widgets.Title>());
accepts<Widgets.Title>(any<S.TitleNode>());
accepts<S.CaptionNode>(any<Widgets.Caption>());
accepts<Widgets.Caption>(any<S.CaptionNode>());
accepts<S.TextNode>(any<Widgets.TextComponent>());
accepts<Widgets.TextComponent>(any<S.TextNode>());
accepts<S.MarkdownNode>(any<Widgets.Markdown>());
accepts<Widgets.Markdown>(any<S.MarkdownNode>());
accepts<S.LabelNode>(any<Widgets.Label>());
accepts<Widgets.Label>(any<S.LabelNode>());

// ---- content -----------------------------------------------------------------------------------------
accepts<S.BadgeNode>(any<Widgets.Badge>());
accepts<Widgets.Badge>(any<S.BadgeNode>());

accepts<S.IconNode>(any<Widgets.Icon>());
// @ts-expect-error our icon names are strings (difference 2)
accepts<Widgets.Icon>(any<S.IconNode>());
accepts<Widgets.Icon>(any<WithJsIcon<S.IconNode, "name">>());

accepts<S.ImageNode>(any<Widgets.Image>());
accepts<Widgets.Image>(any<S.ImageNode>());

accepts<S.ButtonNode>(any<Widgets.Button>());
// @ts-expect-error our icon names are strings (difference 2)
accepts<Widgets.Button>(any<S.ButtonNode>());
accepts<Widgets.Button>(any<WithJsIcon<S.ButtonNode, "iconStart" | "iconEnd">>());

// ---- table -------------------------------------------------------------------------------------------
accepts<S.TableNode>(any<JsTable>());
// @ts-expect-error Chart may be inside our cells (difference 1)
accepts<JsTable>(any<S.TableNode>());
accepts<JsTable>(any<WithOptionalJsChildren<S.TableNode, JsTableRow[]>>());

accepts<S.TableRowNode>(any<JsTableRow>());
// @ts-expect-error Chart may be inside our cells (difference 1)
accepts<JsTableRow>(any<S.TableRowNode>());
accepts<JsTableRow>(any<WithOptionalJsChildren<S.TableRowNode, Widgets.TableCell[]>>());

accepts<S.TableCellNode>(any<Widgets.TableCell>());
// @ts-expect-error Chart may be among our children (difference 1)
accepts<Widgets.TableCell>(any<S.TableCellNode>());
accepts<Widgets.TableCell>(any<WithOptionalJsChildren<S.TableCellNode, JsComponents>>());

// ---- controls ----------------------------------------------------------------------------------------
accepts<S.InputNode>(any<Widgets.Input>());
accepts<Widgets.Input>(any<S.InputNode>());
accepts<S.TextareaNode>(any<Widgets.Textarea>());
accepts<Widgets.Textarea>(any<S.TextareaNode>());
accepts<S.SelectNode>(any<Widgets.Select>());
accepts<Widgets.Select>(any<S.SelectNode>());
accepts<S.DatePickerNode>(any<Widgets.DatePicker>());
accepts<Widgets.DatePicker>(any<S.DatePickerNode>());
accepts<S.CheckboxNode>(any<Widgets.Checkbox>());
accepts<Widgets.Checkbox>(any<S.CheckboxNode>());
accepts<S.RadioGroupNode>(any<Widgets.RadioGroup>());
accepts<Widgets.RadioGroup>(any<S.RadioGroupNode>());

// ---- shared types ------------------------------------------------------------------------------------
accepts<S.ActionConfig>(any<JsActionConfig>());
accepts<JsActionConfig>(any<S.ActionConfig>());
accepts<S.CardAction>(any<JsCardAction>());
accepts<JsCardAction>(any<S.CardAction>());
accepts<S.ThemeColor>(any<JsThemeColor>());
accepts<JsThemeColor>(any<S.ThemeColor>());
accepts<S.Spacing>(any<JsSpacing>());
accepts<JsSpacing>(any<S.Spacing>());
accepts<S.Border>(any<JsBorder>());
accepts<JsBorder>(any<S.Border>());
accepts<S.Borders>(any<JsBorders>());
accepts<JsBorders>(any<S.Borders>());
accepts<S.RadiusValue>(any<NonNullable<Widgets.Box["radius"]>>());
accepts<NonNullable<Widgets.Box["radius"]>>(any<S.RadiusValue>());
accepts<S.Alignment>(any<NonNullable<Widgets.Box["align"]>>());
accepts<NonNullable<Widgets.Box["align"]>>(any<S.Alignment>());
accepts<S.Justification>(any<NonNullable<Widgets.Box["justify"]>>());
accepts<NonNullable<Widgets.Box["justify"]>>(any<S.Justification>());
accepts<S.ControlSize>(any<NonNullable<Widgets.Button["size"]>>());
accepts<NonNullable<Widgets.Button["size"]>>(any<S.ControlSize>());
accepts<S.ControlVariant>(any<NonNullable<Widgets.Button["variant"]>>());
accepts<NonNullable<Widgets.Button["variant"]>>(any<S.ControlVariant>());
accepts<S.TextSize>(any<NonNullable<Widgets.TextComponent["size"]>>());
accepts<NonNullable<Widgets.TextComponent["size"]>>(any<S.TextSize>());
accepts<S.TitleSize>(any<NonNullable<Widgets.Title["size"]>>());
accepts<NonNullable<Widgets.Title["size"]>>(any<S.TitleSize>());
accepts<S.CaptionSize>(any<NonNullable<Widgets.Caption["size"]>>());
accepts<NonNullable<Widgets.Caption["size"]>>(any<S.CaptionSize>());
accepts<S.IconSize>(any<NonNullable<Widgets.Icon["size"]>>());
accepts<NonNullable<Widgets.Icon["size"]>>(any<S.IconSize>());
accepts<S.WidgetStatus>(any<JsWidgetStatus>());
// Fits although our status icon is a string: ChatKit's first status variant takes any extra prop.
accepts<JsWidgetStatus>(any<S.WidgetStatus>());

// Difference 4 (ActionConfig): ours also carries chatkit-python's handler / loadingBehavior / streaming.
// @ts-expect-error ChatKit's JS type has no `handler`, so this literal is rejected there
accepts<JsActionConfig>({ type: "select", handler: "client" });
accepts<S.ActionConfig>({ type: "select", handler: "client", loadingBehavior: "self", streaming: false });

// Difference 5 (Chart): no ChatKit JS counterpart; it is a component here.
// @ts-expect-error ChatKit's WidgetComponent has no Chart
accepts<Widgets.WidgetComponent>(any<S.ChartNode>());
accepts<S.WidgetComponent>(any<S.ChartNode>());
