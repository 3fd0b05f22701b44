// Typical assistant widgets, written as the JSON a server would send. The gallery renders them and the
// benchmarks reuse them, so they stay plain data.

export const orderSummary = {
  type: "Card",
  size: "md",
  status: { text: "Order #48213", icon: "check-circle" },
  children: [
    {
      type: "Row",
      children: [
        { type: "Title", value: "Order summary", size: "sm" },
        { type: "Spacer" },
        { type: "Badge", label: "Shipped", color: "success" },
      ],
    },
    { type: "Caption", value: "Arrives Thursday, Dec 3" },
    { type: "Divider", spacing: 3 },
    {
      type: "Col",
      gap: 2,
      children: [
        {
          type: "Row",
          gap: 3,
          children: [
            { type: "Box", size: 44, radius: "lg", background: "orange-100", align: "center", justify: "center", children: [{ type: "Icon", name: "cube", color: "orange-600", size: "lg" }] },
            { type: "Col", flex: 1, children: [{ type: "Text", value: "Ceramic pour-over set", size: "sm", weight: "medium" }, { type: "Caption", value: "Qty 1 · Sand", size: "sm" }] },
            { type: "Text", value: "$48.00", size: "sm" },
          ],
        },
        {
          type: "Row",
          gap: 3,
          children: [
            { type: "Box", size: 44, radius: "lg", background: "blue-100", align: "center", justify: "center", children: [{ type: "Icon", name: "book-open", color: "blue-600", size: "lg" }] },
            { type: "Col", flex: 1, children: [{ type: "Text", value: "Field notes, 3-pack", size: "sm", weight: "medium" }, { type: "Caption", value: "Qty 2", size: "sm" }] },
            { type: "Text", value: "$25.00", size: "sm" },
          ],
        },
      ],
    },
    { type: "Divider", spacing: 3 },
    {
      type: "Col",
      gap: 1,
      children: [
        { type: "Row", children: [{ type: "Caption", value: "Subtotal" }, { type: "Spacer" }, { type: "Text", value: "$73.00", size: "sm" }] },
        { type: "Row", children: [{ type: "Caption", value: "Shipping" }, { type: "Spacer" }, { type: "Text", value: "Free", size: "sm" }] },
        { type: "Row", children: [{ type: "Text", value: "Total", weight: "semibold" }, { type: "Spacer" }, { type: "Text", value: "$73.00", weight: "semibold" }] },
      ],
    },
    {
      type: "Row",
      gap: 2,
      children: [
        { type: "Button", label: "Track package", iconStart: "map-pin", onClickAction: { type: "order.track", handler: "client", payload: { orderId: "48213" } } },
        { type: "Button", label: "Get help", variant: "outline", color: "secondary", onClickAction: { type: "order.help", payload: { orderId: "48213" } } },
      ],
    },
  ],
} as const;

export const flightOptions = {
  type: "ListView",
  status: { text: "Flights · SFO → JFK", icon: "globe" },
  children: [
    { id: "ua1", airline: "United", depart: "7:05 AM", arrive: "3:38 PM", duration: "5h 33m", price: "$289", stops: "Nonstop" },
    { id: "dl2", airline: "Delta", depart: "9:40 AM", arrive: "6:20 PM", duration: "5h 40m", price: "$312", stops: "Nonstop" },
    { id: "b63", airline: "JetBlue", depart: "1:15 PM", arrive: "11:52 PM", duration: "7h 37m", price: "$241", stops: "1 stop · BOS" },
  ].map((flight) => ({
    type: "ListViewItem",
    key: flight.id,
    gap: 3,
    onClickAction: { type: "flight.select", payload: { id: flight.id } },
    children: [
      { type: "Icon", name: "suitcase", color: "secondary", size: "lg" },
      {
        type: "Col",
        flex: 1,
        gap: 0.5,
        children: [
          { type: "Text", value: `${flight.depart} – ${flight.arrive}`, size: "sm", weight: "semibold" },
          { type: "Caption", value: `${flight.airline} · ${flight.duration} · ${flight.stops}`, size: "sm" },
        ],
      },
      { type: "Text", value: flight.price, weight: "semibold" },
    ],
  })),
} as const;

export const weather = {
  type: "Card",
  size: "sm",
  background: "linear-gradient(160deg, #3b82f6 0%, #1e3a8a 100%)",
  theme: "dark",
  children: [
    {
      type: "Row",
      align: "start",
      children: [
        { type: "Col", gap: 1, children: [{ type: "Caption", value: "San Francisco", color: "alpha-70" }, { type: "Title", value: "64°", size: "3xl", weight: "normal", color: "white" }, { type: "Text", value: "Partly cloudy", size: "sm", color: "white" }] },
        { type: "Spacer" },
        { type: "Icon", name: "sparkle", size: "3xl", color: "yellow-300" },
      ],
    },
    { type: "Divider", color: "alpha-20", spacing: 3 },
    {
      type: "Row",
      justify: "between",
      children: [
        ["Now", "64°"],
        ["2 PM", "66°"],
        ["4 PM", "65°"],
        ["6 PM", "61°"],
        ["8 PM", "57°"],
      ].map(([hour, temperature]) => ({
        type: "Col",
        align: "center",
        gap: 1,
        key: hour,
        children: [
          { type: "Caption", value: hour, size: "sm", color: "alpha-70" },
          { type: "Text", value: temperature, size: "sm", weight: "medium", color: "white" },
        ],
      })),
    },
  ],
} as const;

export const formCard = {
  type: "Card",
  size: "md",
  asForm: true,
  status: { text: "Calendar", icon: "calendar" },
  confirm: { label: "Book meeting", action: { type: "meeting.book", payload: { calendarId: "team" } } },
  cancel: { label: "Cancel", action: { type: "meeting.cancel", handler: "client" } },
  children: [
    { type: "Title", value: "Schedule a meeting", size: "sm" },
    {
      type: "Col",
      gap: 1,
      children: [
        { type: "Label", value: "Title", fieldName: "meeting.title" },
        { type: "Input", name: "meeting.title", placeholder: "Quarterly review", required: true },
      ],
    },
    {
      type: "Row",
      gap: 3,
      children: [
        { type: "Col", gap: 1, flex: 1, children: [{ type: "Label", value: "Date", fieldName: "meeting.date" }, { type: "DatePicker", name: "meeting.date", defaultValue: "2026-12-03", block: true }] },
        {
          type: "Col",
          gap: 1,
          flex: 1,
          children: [
            { type: "Label", value: "Length", fieldName: "meeting.length" },
            { type: "Select", name: "meeting.length", defaultValue: "30", block: true, options: [{ value: "15", label: "15 minutes" }, { value: "30", label: "30 minutes" }, { value: "60", label: "1 hour" }] },
          ],
        },
      ],
    },
    { type: "Checkbox", name: "meeting.notify", label: "Notify attendees", defaultChecked: true },
  ],
} as const;

export const quarterlyTable = {
  type: "Card",
  size: "md",
  children: [
    { type: "Title", value: "Quarterly revenue", size: "sm" },
    {
      type: "Table",
      children: [
        { type: "Table.Row", header: true, children: ["Region", "Q3", "Q4", "Change"].map((label, index) => ({ type: "Table.Cell", align: index === 0 ? "start" : "end", children: [{ type: "Text", value: label, size: "sm", weight: "semibold" }] })) },
        ...[
          ["North America", "$4.2M", "$4.9M", "+16%", "success"],
          ["Europe", "$3.1M", "$3.3M", "+6%", "success"],
          ["Asia Pacific", "$2.7M", "$2.5M", "−7%", "danger"],
        ].map(([region, q3, q4, change, color]) => ({
          type: "Table.Row",
          key: region,
          children: [
            { type: "Table.Cell", children: [{ type: "Text", value: region!, size: "sm" }] },
            { type: "Table.Cell", align: "end", children: [{ type: "Text", value: q3!, size: "sm" }] },
            { type: "Table.Cell", align: "end", children: [{ type: "Text", value: q4!, size: "sm" }] },
            { type: "Table.Cell", align: "end", children: [{ type: "Badge", label: change!, color: color! }] },
          ],
        })),
      ],
    },
  ],
} as const;

export const revenueChart = {
  type: "Card",
  size: "md",
  children: [
    { type: "Title", value: "Weekly signups", size: "sm" },
    { type: "Caption", value: "Web and mobile, last 6 weeks" },
    {
      type: "Chart",
      height: 200,
      xAxis: "week",
      showYAxis: true,
      data: [
        { week: "W1", web: 120, mobile: 80 },
        { week: "W2", web: 132, mobile: 95 },
        { week: "W3", web: 101, mobile: 110 },
        { week: "W4", web: 154, mobile: 120 },
        { week: "W5", web: 170, mobile: 132 },
        { week: "W6", web: 188, mobile: 151 },
      ],
      series: [
        { type: "bar", dataKey: "web", label: "Web", stack: "total", color: "blue" },
        { type: "bar", dataKey: "mobile", label: "Mobile", stack: "total", color: "purple" },
      ],
    },
  ],
} as const;

export const typicalWidgets = { orderSummary, flightOptions, weather, formCard, quarterlyTable, revenueChart };
