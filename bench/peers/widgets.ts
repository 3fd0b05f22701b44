// The bench widgets in our format and, translated by hand, in the formats of the two peers: A2UI v0.9 messages
// (`@a2ui/react/v0_9` with its `basicCatalog`) and json-render specs (`@json-render/react` with the
// `@json-render/shadcn` catalog). What has no counterpart in a peer's default catalog is said where it happens
// and in bench/peers/README.md.
import { largeCard } from "../fixtures";

export const REPORT_IMAGE = "https://example.com/report-cover.png";

/**
 * The typical widget (the parts issue-free real widgets use most): a Card with a header Row (Image, Title and
 * Caption in a Col, Spacer, Badge), a Divider, a Text, an Icon + Text row and a Button row. 13 nodes.
 */
export const typicalWidget = {
  type: "Card",
  size: "md",
  children: [
    {
      type: "Row",
      gap: 3,
      align: "center",
      children: [
        { type: "Image", src: REPORT_IMAGE, alt: "Report cover", size: 48, radius: "md" },
        {
          type: "Col",
          gap: 0.5,
          children: [
            { type: "Title", value: "Weekly report", size: "sm" },
            { type: "Caption", value: "Updated 2 hours ago" },
          ],
        },
        { type: "Spacer" },
        { type: "Badge", label: "New", color: "info" },
      ],
    },
    { type: "Divider" },
    { type: "Text", value: "Revenue grew 12% week over week, led by the spring campaign." },
    {
      type: "Row",
      gap: 2,
      align: "center",
      children: [
        { type: "Icon", name: "calendar", color: "secondary" },
        { type: "Text", value: "Next review on Monday", size: "sm", color: "secondary" },
      ],
    },
    {
      type: "Row",
      justify: "end",
      children: [{ type: "Button", label: "Open report", style: "primary", onClickAction: { type: "report.open", handler: "client", payload: { id: "r1" } } }],
    },
  ],
};

/** The strings every translation must show (a peer that drops one is not rendering the same widget). */
export const typicalTexts = ["Weekly report", "Updated 2 hours ago", "New", "Revenue grew 12% week over week, led by the spring campaign.", "Next review on Monday", "Open report"];

/** The large widget of the mount bench (bench/fixtures.ts): a Card of `rows` rows, 8 nodes each. */
export const largeWidget = (rows: number) => largeCard(rows);
export const largeTexts = (rows: number) => [`Item number 0`, `Updated ${(rows - 1) % 12} hours ago`, "View"];

/** `widget` without its nodes of `types` (the baseline for a peer that has no such component). */
export function withoutTypes<T>(widget: T, types: readonly string[]): T {
  const strip = (node: unknown): unknown => {
    if (!node || typeof node !== "object") return node;
    const { children, ...rest } = node as { children?: unknown };
    if (!Array.isArray(children)) return node;
    return { ...rest, children: children.filter((child) => !types.includes((child as { type?: string })?.type ?? "")).map(strip) };
  };
  return strip(widget) as T;
}

// ---------------------------------------------------------------------------------------------------------
// A2UI v0.9: a flat list of components with ids, children by id, the root's id is "root"; a surface is created
// with `createSurface` and filled with `updateComponents`.

export const A2UI_SURFACE = "bench";
type A2uiComponent = { id: string; component: string } & Record<string, unknown>;

function a2uiMessages(catalogId: string, components: A2uiComponent[]) {
  return [
    { version: "v0.9" as const, createSurface: { surfaceId: A2UI_SURFACE, catalogId } },
    { version: "v0.9" as const, updateComponents: { surfaceId: A2UI_SURFACE, components } },
  ];
}

/**
 * The typical widget in A2UI. Not translatable: Badge (no such component; a `caption` Text stands in), Spacer
 * (the Title/Caption column takes `weight: 1`, A2UI's flex-grow), Card `size`, gaps, Image `radius`/size in px
 * (A2UI has size hints: `variant: "avatar"`), colours (`secondary` text has no counterpart). A Card holds one
 * child, so a Column carries the Card's children; a Button's label is a child Text.
 */
export function a2uiTypical(catalogId: string) {
  return a2uiMessages(catalogId, [
    { id: "root", component: "Card", child: "body" },
    { id: "body", component: "Column", children: ["header", "divider", "summary", "review", "actions"] },
    { id: "header", component: "Row", align: "center", children: ["cover", "heading", "badge"] },
    { id: "cover", component: "Image", url: REPORT_IMAGE, description: "Report cover", variant: "avatar" },
    { id: "heading", component: "Column", weight: 1, children: ["title", "updated"] },
    { id: "title", component: "Text", text: "Weekly report", variant: "h4" },
    { id: "updated", component: "Text", text: "Updated 2 hours ago", variant: "caption" },
    { id: "badge", component: "Text", text: "New", variant: "caption" },
    { id: "divider", component: "Divider" },
    { id: "summary", component: "Text", text: "Revenue grew 12% week over week, led by the spring campaign." },
    { id: "review", component: "Row", align: "center", children: ["review-icon", "review-text"] },
    { id: "review-icon", component: "Icon", name: "calendarToday" },
    { id: "review-text", component: "Text", text: "Next review on Monday", variant: "caption" },
    { id: "actions", component: "Row", justify: "end", children: ["open"] },
    { id: "open", component: "Button", variant: "primary", child: "open-label", action: { event: { name: "report.open", context: { id: "r1" } } } },
    { id: "open-label", component: "Text", text: "Open report" },
  ]);
}

/** The large widget in A2UI: per row a Row › Icon, Column(weight 1) › (Text, caption Text), caption Text for the Badge, Button › Text. */
export function a2uiLarge(catalogId: string, rows: number) {
  const components: A2uiComponent[] = [
    { id: "root", component: "Card", child: "rows" },
    { id: "rows", component: "Column", children: Array.from({ length: rows }, (_, i) => `row-${i}`) },
  ];
  for (let i = 0; i < rows; i++) {
    components.push(
      { id: `row-${i}`, component: "Row", align: "center", children: [`icon-${i}`, `col-${i}`, `badge-${i}`, `button-${i}`] },
      { id: `icon-${i}`, component: "Icon", name: i % 2 ? "calendarToday" : "star" },
      { id: `col-${i}`, component: "Column", weight: 1, children: [`text-${i}`, `caption-${i}`] },
      { id: `text-${i}`, component: "Text", text: `Item number ${i}`, variant: "body" },
      { id: `caption-${i}`, component: "Text", text: `Updated ${i % 12} hours ago`, variant: "caption" },
      { id: `badge-${i}`, component: "Text", text: i % 3 ? "Open" : "Done", variant: "caption" },
      { id: `button-${i}`, component: "Button", child: `label-${i}`, action: { event: { name: "item.view", context: { id: i } } } },
      { id: `label-${i}`, component: "Text", text: "View" },
    );
  }
  return a2uiMessages(catalogId, components);
}

// ---------------------------------------------------------------------------------------------------------
// json-render: `{ root, elements }`, a flat map of elements by key; the shadcn catalog's props are all listed
// (nullable, not optional, in its zod definitions), events bind with `on: { press: { action, params } }`.

interface JsonRenderElement {
  type: string;
  props: Record<string, unknown>;
  children: string[];
  visible: boolean;
  on?: Record<string, { action: string; params?: Record<string, unknown> }>;
}

// Its spec schema requires `children` and `visible` on every element.
const el = (type: string, props: Record<string, unknown>, children: string[] = [], on?: JsonRenderElement["on"]): JsonRenderElement => ({
  type,
  props,
  children,
  visible: true,
  ...(on ? { on } : {}),
});
const card = (children: string[]) => el("Card", { title: null, description: null, maxWidth: "md", centered: null, className: null }, children);
const stack = (direction: "horizontal" | "vertical", gap: string, align: string | null, justify: string | null, children: string[]) =>
  el("Stack", { direction, gap, align, justify, className: null }, children);
const text = (value: string, variant: "body" | "caption" | "muted" | null) => el("Text", { text: value, variant });

/**
 * The typical widget in json-render's shadcn catalog. Not translatable: Icon (no icon component; the review row
 * keeps its Text only), Spacer (the header Stack uses `justify: "between"`), Badge colour `info` (shadcn badges
 * are default/secondary/destructive/outline), Image radius, text colours.
 */
export function jsonRenderTypical() {
  return {
    root: "card",
    elements: {
      card: card(["header", "divider", "summary", "review", "actions"]),
      header: stack("horizontal", "md", "center", "between", ["cover", "heading", "badge"]),
      cover: el("Image", { src: REPORT_IMAGE, alt: "Report cover", width: 48, height: 48 }),
      heading: stack("vertical", "none", null, null, ["title", "updated"]),
      title: el("Heading", { text: "Weekly report", level: "h4" }),
      updated: text("Updated 2 hours ago", "caption"),
      badge: el("Badge", { text: "New", variant: "secondary" }),
      divider: el("Separator", { orientation: null }),
      summary: text("Revenue grew 12% week over week, led by the spring campaign.", "body"),
      review: stack("horizontal", "sm", "center", null, ["review-text"]),
      "review-text": text("Next review on Monday", "muted"),
      actions: stack("horizontal", "md", null, "end", ["open"]),
      open: el("Button", { label: "Open report", variant: "primary", disabled: null }, [], { press: { action: "report.open", params: { id: "r1" } } }),
    } satisfies Record<string, JsonRenderElement>,
  };
}

/** The large widget in json-render: per row a Stack › Stack › (Text, caption Text), Badge, Button; no Icon, no Spacer. */
export function jsonRenderLarge(rows: number) {
  const elements: Record<string, JsonRenderElement> = { card: card(Array.from({ length: rows }, (_, i) => `row-${i}`)) };
  for (let i = 0; i < rows; i++) {
    elements[`row-${i}`] = stack("horizontal", "md", "center", "between", [`col-${i}`, `badge-${i}`, `button-${i}`]);
    elements[`col-${i}`] = stack("vertical", "none", null, null, [`text-${i}`, `caption-${i}`]);
    elements[`text-${i}`] = text(`Item number ${i}`, "body");
    elements[`caption-${i}`] = text(`Updated ${i % 12} hours ago`, "caption");
    elements[`badge-${i}`] = el("Badge", { text: i % 3 ? "Open" : "Done", variant: i % 3 ? "secondary" : "default" });
    elements[`button-${i}`] = el("Button", { label: "View", variant: "secondary", disabled: null }, [], { press: { action: "item.view", params: { id: i } } });
  }
  return { root: "card", elements };
}
