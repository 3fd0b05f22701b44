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

export interface LineEvent {
  id: string;
  line: TransitLine["id"];
  day: string;
  time: string;
  title: string;
  stop: string;
}

export const EVENTS: LineEvent[] = [
  { id: "blue-jazz", line: "blue", day: "Tue", time: "7:30 PM", title: "Harbor jazz night", stop: "Wharf Street" },
  { id: "blue-market", line: "blue", day: "Sat", time: "9:00 AM", title: "Farmers' market", stop: "Civic Center" },
  { id: "purple-choir", line: "purple", day: "Wed", time: "6:00 PM", title: "Community choir concert", stop: "Elm Square" },
  { id: "purple-quartet", line: "purple", day: "Fri", time: "8:00 PM", title: "String quartet in the library", stop: "Old Mill" },
  { id: "purple-open-mic", line: "purple", day: "Sun", time: "4:00 PM", title: "Open mic by the river", stop: "Riverside" },
  { id: "orange-film", line: "orange", day: "Thu", time: "9:00 PM", title: "Outdoor film: Metropolis", stop: "Park Gate" },
  { id: "orange-fair", line: "orange", day: "Sat", time: "11:00 AM", title: "Street food fair", stop: "Union Yard" },
];

/** This week's events along one line, in a Card: what the assistant shows after a line is picked. */
export function lineEventsWidget(line: TransitLine, events: readonly LineEvent[]) {
  return {
    type: "ListView",
    children: events.map((event) => ({
      type: "ListViewItem",
      key: event.id,
      gap: 3,
      children: [
        {
          type: "Col",
          width: 40,
          align: "center",
          children: [
            { type: "Caption", value: event.day, weight: "semibold", color: "secondary" },
            { type: "Box", size: 8, radius: "full", background: line.color },
          ],
        },
        {
          type: "Col",
          flex: 1,
          gap: 1,
          children: [
            { type: "Text", value: event.title, size: "sm", weight: "semibold" },
            { type: "Caption", value: `${event.time} · ${event.stop}` },
          ],
        },
      ],
    })),
  };
}
