// Widgets as real servers and the Widget Builder write them, outside the letter of the vocabulary but with a
// plain intent (docs/schema.md, "Leniency"). Stories draw them; test/renderer/leniency.dom.test.tsx asserts
// what they render and dispatch.

/** Card > ListView: a twistie row and a body row, as ChatKit's Widget Builder produces. */
export const cardWithList = {
  type: "Card",
  size: "sm",
  padding: 0,
  children: [
    {
      type: "ListView",
      children: [
        {
          type: "ListViewItem",
          key: "head",
          onClickAction: { type: "twistie.toggle" },
          gap: 2,
          align: "center",
          children: [
            { type: "Icon", name: "chevron-down" },
            { type: "Text", value: "Release notes" },
          ],
        },
        {
          type: "ListViewItem",
          key: "body",
          align: "stretch",
          children: [
            { type: "Col", padding: { x: 4, y: 1 }, gap: 2, children: [{ type: "Markdown", value: "Fixed **two** bugs." }] },
          ],
        },
      ],
    },
  ],
};

/** Card > Card > Col > Chart: three 180px lines, legend in series order. */
export const cardInCardChart = {
  type: "Card",
  size: "full",
  status: { text: "Finance trend", icon: "chart" },
  children: [
    {
      type: "Card",
      children: [
        {
          type: "Col",
          gap: 3,
          children: [
            { type: "Title", value: "Revenue vs expenses", size: "sm" },
            {
              type: "Chart",
              height: 180,
              xAxis: { dataKey: "month" },
              showYAxis: true,
              data: [
                { month: "Jan", revenue: 120, expenses: 90, netIncome: 30 },
                { month: "Feb", revenue: 140, expenses: 100, netIncome: 40 },
                { month: "Mar", revenue: 130, expenses: 95, netIncome: 35 },
              ],
              series: [
                { type: "line", label: "Revenue", dataKey: "revenue", color: "green" },
                { type: "line", label: "Expenses", dataKey: "expenses", color: "red" },
                { type: "line", label: "Net income", dataKey: "netIncome", color: "blue" },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** Checkboxes with dot-path names, one `defaultChecked` written as the string "true" (chatkit-js#97). */
export const checkboxChoices = {
  type: "Card",
  asForm: true,
  confirm: { label: "Apply", action: { type: "multi.apply", handler: "client" } },
  children: [
    {
      type: "Col",
      children: [
        { type: "Checkbox", name: "choices.opt1", label: "Option 1", defaultChecked: true },
        { type: "Checkbox", name: "choices.opt2", label: "Option 2", defaultChecked: "true" },
        { type: "Checkbox", name: "choices.opt3", label: "Option 3" },
      ],
    },
  ],
};

/** A nested list keeps its limit and "Show more"; a ListViewItem holds a card; a Col holds a list. */
export const nestedRoots = {
  type: "Card",
  children: [
    { type: "Title", value: "Orders", size: "sm" },
    {
      type: "Col",
      children: [
        {
          type: "ListView",
          limit: 2,
          children: ["Oak table", "Lamp", "Rug", "Chair"].map((name, index) => ({
            type: "ListViewItem",
            key: `o${index}`,
            children: [{ type: "Text", value: name }],
          })),
        },
      ],
    },
    {
      type: "ListView",
      children: [
        {
          type: "ListViewItem",
          children: [{ type: "Card", children: [{ type: "Text", value: "Card in a row" }] }],
        },
      ],
    },
  ],
};

/** Numbers where text is typed, strings where booleans and numbers are typed, props left out. */
export const plainIntentScalars = {
  type: "Card",
  children: [
    { type: "Title", value: 2026, size: "sm" },
    { type: "Row", children: [{ type: "Text", value: 52 }, { type: "Badge", label: 3, color: "info" }, { type: "Text", value: true }] },
    {
      type: "RadioGroup",
      name: "seats",
      options: [
        { label: 1, value: "1" },
        { label: 2, value: "2" },
      ],
      defaultValue: "2",
    },
    { type: "Text" },
    { type: "Input", placeholder: "No name" },
    { type: "Button", onClickAction: { type: "noop" } },
  ],
};
