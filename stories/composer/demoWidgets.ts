// Widgets and data of the chat demo: a newsroom assistant that lists articles and helps pick a transit line.
// Built in code (not from the sample .widget files) because the samples load hero images from the network.

export interface Article {
  id: string;
  title: string;
  author: string;
  date: string;
  topic: string;
}

export const ARTICLES: Article[] = [
  { id: "bench-orientation", title: "New bench near Willow Path; residents debate its orientation", author: "Elowen Wilder", date: "Feb 4, 2025", topic: "Community" },
  { id: "fridge-pies", title: "Community fridge filled with apple pies overnight", author: "Marlow Keene", date: "Feb 3, 2025", topic: "Community" },
  { id: "future-of-ai", title: "The Future of AI in the newsroom", author: "Alice Martin", date: "Jan 30, 2025", topic: "Technology" },
];

export interface TransitLine {
  id: string;
  name: string;
  color: string;
}

export const LINES: TransitLine[] = [
  { id: "blue", name: "Blue Line", color: "#06b6d4" },
  { id: "purple", name: "Purple Line", color: "#a855f7" },
  { id: "orange", name: "Orange Line", color: "#f59e0b" },
];

export function articleListWidget(articles: readonly Article[]) {
  return {
    type: "ListView",
    children: articles.map((article) => ({
      type: "ListViewItem",
      key: article.id,
      gap: 3,
      children: [
        {
          type: "Col",
          flex: 1,
          gap: 1,
          children: [
            { type: "Caption", value: `${article.date} · ${article.topic}` },
            { type: "Text", value: article.title, size: "sm", weight: "semibold", maxLines: 2 },
            { type: "Caption", value: `by ${article.author}` },
          ],
        },
        {
          type: "Button",
          label: "View",
          size: "sm",
          pill: true,
          variant: "outline",
          iconEnd: "chevron-right",
          onClickAction: { type: "open_article", handler: "client", payload: { id: article.id } },
        },
      ],
    })),
  };
}

export function lineSelectWidget(lines: readonly TransitLine[], selected: string | null) {
  return {
    type: "ListView",
    children: lines.map((line) => ({
      type: "ListViewItem",
      key: line.id,
      gap: 3,
      onClickAction: selected ? undefined : { type: "line.select", handler: "server", payload: { id: line.id } },
      children: [
        { type: "Box", size: 20, radius: "full", background: line.color },
        { type: "Text", value: line.name, size: "sm", color: !selected || selected === line.id ? "primary" : "tertiary" },
        ...(selected === line.id ? [{ type: "Spacer" }, { type: "Icon", name: "check", size: "lg" }] : []),
      ],
    })),
  };
}

/** The preview a tagged entity shows on hover: a Basic root, as `onRequestPreview` must answer. */
export function entityPreviewWidget(title: string, subtitle: string) {
  return {
    type: "Basic",
    gap: 1,
    children: [
      { type: "Text", value: title, weight: "semibold", size: "sm" },
      { type: "Caption", value: subtitle },
    ],
  };
}
