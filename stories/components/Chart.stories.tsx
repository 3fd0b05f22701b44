import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { Chart, CURVE_FOR, loadChartCanvas } from "../../src/components/Chart";
import type { CurveType } from "../../src/schema";

const MONTHS = [
  { month: "jan", desktop: 186, mobile: 80, tablet: 40 },
  { month: "feb", desktop: 305, mobile: 200, tablet: 62 },
  { month: "mar", desktop: 237, mobile: 120, tablet: 51 },
  { month: "apr", desktop: 73, mobile: 190, tablet: 88 },
  { month: "may", desktop: 209, mobile: 130, tablet: 70 },
  { month: "jun", desktop: 214, mobile: 140, tablet: 95 },
];
const MONTH_LABELS = { jan: "Jan", feb: "Feb", mar: "Mar", apr: "Apr", may: "May", jun: "Jun" };

/** Waits for the lazy recharts chunk and for `count` drawn shapes, so screenshots show the chart. */
async function drawn(canvasElement: HTMLElement, selector: string, count: number) {
  await waitFor(() => expect(canvasElement.querySelectorAll(selector).length).toBe(count), { timeout: 20000 });
  await expect(canvasElement.querySelector(".cw-chart__placeholder")).toBeNull();
}

/** Bar, area and line series drawn with recharts (a lazy chunk behind a placeholder of the same size). */
const meta = {
  title: "Components/Chart",
  component: Chart,
  args: {
    data: MONTHS,
    xAxis: { dataKey: "month", labels: MONTH_LABELS },
    series: [
      { type: "bar", dataKey: "desktop", label: "Desktop" },
      { type: "bar", dataKey: "mobile", label: "Mobile" },
    ],
    // Screenshots need the final frame, not an animation step.
    animate: false,
    style: { width: 420 },
  },
  // The recharts chunk is fetched before the first story renders: on a busy machine its first fetch can
  // outlast a play's wait. The Suspense boundary still runs (lazy suspends once) and each play awaits the svg.
  loaders: [async () => ({ chartChunk: Boolean(await loadChartCanvas()) })],
} satisfies Meta<typeof Chart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two bar series in the default palette (blue, purple), x labels mapped, legend and tooltip on. */
export const Bars: Story = {
  play: async ({ canvasElement }) => drawn(canvasElement, ".recharts-bar-rectangle path", 12),
};

/** Stacked bars (same `stack`), explicit token colours, with the y axis. */
export const StackedBars: Story = {
  args: {
    showYAxis: true,
    series: [
      { type: "bar", dataKey: "desktop", label: "Desktop", stack: "all", color: "green" },
      { type: "bar", dataKey: "mobile", label: "Mobile", stack: "all", color: "orange" },
      { type: "bar", dataKey: "tablet", label: "Tablet", stack: "all", color: { light: "pink-400", dark: "pink-300" } },
    ],
    barCategoryGap: 12,
  },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement, ".recharts-bar-rectangle path", 18);
    const tops = Array.from(canvasElement.querySelectorAll(".recharts-bar-rectangle path"));
    await expect(tops[0].getAttribute("fill")).toBe("var(--cw-green)");
    await expect(canvasElement.querySelectorAll(".recharts-yAxis .recharts-cartesian-axis-tick").length).toBeGreaterThan(2);
  },
};

/** Stacked areas with a monotone curve. */
export const Areas: Story = {
  args: {
    series: [
      { type: "area", dataKey: "mobile", label: "Mobile", stack: "a", curveType: "monotone" },
      { type: "area", dataKey: "desktop", label: "Desktop", stack: "a", curveType: "monotone" },
    ],
  },
  play: async ({ canvasElement }) => drawn(canvasElement, ".recharts-area-area", 2),
};

/** Lines with step and natural curves, no legend, y axis shown. */
export const Lines: Story = {
  args: {
    showLegend: false,
    showYAxis: true,
    series: [
      { type: "line", dataKey: "desktop", label: "Desktop", color: "blue" },
      { type: "line", dataKey: "mobile", label: "Mobile", curveType: "step", color: "red" },
    ],
  },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement, ".recharts-line-curve", 2);
    await expect(canvasElement.querySelector(".recharts-legend-wrapper")).toBeNull();
  },
};

/** Bars and a line in one chart, with a hidden x axis and custom gaps. */
export const Mixed: Story = {
  args: {
    xAxis: { dataKey: "month", hide: true },
    barGap: 2,
    series: [
      { type: "bar", dataKey: "desktop", label: "Desktop", color: "purple" },
      { type: "bar", dataKey: "mobile", label: "Mobile", color: "blue-300" },
      { type: "line", dataKey: "tablet", label: "Tablet", color: "orange" },
    ],
  },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement, ".recharts-bar-rectangle path", 12);
    await expect(canvasElement.querySelectorAll(".recharts-line-curve").length).toBe(1);
    await expect(canvasElement.querySelector(".recharts-xAxis .recharts-cartesian-axis-tick")).toBeNull();
  },
};

const CURVES = Object.keys(CURVE_FOR) as CurveType[];

/** Every curve name of the widget vocabulary draws (one small line chart each). */
export const Curves: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(3, 200px)", gap: 12 }}>
      {CURVES.map((curveType) => (
        <div key={curveType}>
          <div style={{ font: "12px var(--cw-font-family)", color: "var(--cw-text-secondary)" }}>{curveType}</div>
          <Chart
            {...args}
            style={{ width: 200, height: 100 }}
            showLegend={false}
            aria-label={`${curveType} curve`}
            series={[{ type: "line", dataKey: "desktop", label: "Desktop", curveType }]}
          />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => drawn(canvasElement, ".recharts-line-curve", CURVES.length),
};
