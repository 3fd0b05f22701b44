// Benchmark inputs: large, realistic widget trees built from the same node mix real widgets use.

/** One list row: Row › Icon, Col › (Text, Caption), Spacer, Badge, Button — 8 nodes. */
function row(index: number) {
  return {
    type: "Row",
    key: `row-${index}`,
    gap: 3,
    children: [
      { type: "Icon", name: index % 2 ? "calendar" : "star", color: "secondary", size: "md" },
      {
        type: "Col",
        gap: 0.5,
        children: [
          { type: "Text", value: `Item number ${index}`, size: "sm", weight: "medium" },
          { type: "Caption", value: `Updated ${index % 12} hours ago`, size: "sm" },
        ],
      },
      { type: "Spacer" },
      { type: "Badge", label: index % 3 ? "Open" : "Done", color: index % 3 ? "info" : "success" },
      { type: "Button", label: "View", size: "sm", variant: "outline", onClickAction: { type: "item.view", handler: "client", payload: { id: index } } },
    ],
  };
}

/** A Card holding `rows` rows: 1 + 8 × rows nodes (125 rows → 1,001 nodes). */
export function largeCard(rows = 125) {
  return { type: "Card", size: "lg", children: Array.from({ length: rows }, (_, index) => row(index)) };
}

/** A ListView of `items` items, each holding one row: 9 nodes per item. */
export function largeListView(items = 500) {
  return {
    type: "ListView",
    limit: items,
    children: Array.from({ length: items }, (_, index) => ({ type: "ListViewItem", key: `item-${index}`, children: [row(index)] })),
  };
}

export function countNodes(node: unknown): number {
  if (!node || typeof node !== "object") return 0;
  const children = (node as { children?: unknown }).children;
  return 1 + (Array.isArray(children) ? children.reduce((sum: number, child) => sum + countNodes(child), 0) : 0);
}
