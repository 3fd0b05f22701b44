import { forwardRef, lazy, Suspense, type CSSProperties, type HTMLAttributes } from "react";
import { cva, cx } from "class-variance-authority";
import type { ChartSeries } from "../../schema";

// recharts is large: it loads as its own chunk the first time a chart renders.
const loadChartCanvas = () => import("./ChartCanvas");
const ChartCanvas = lazy(loadChartCanvas);

export type ChartDatum = Record<string, string | number>;
export type ChartXAxis = string | { dataKey: string; hide?: boolean; labels?: Record<string, string> };

/** Defaults of the widget vocabulary (WIDGET-SPEC §2.4). */
export const CHART_DEFAULTS = { showYAxis: false, showLegend: true, showTooltip: true } as const;

export const chartVariants = cva("cw-chart", {
  variants: { showLegend: { true: "cw-chart--legend", false: "" } },
  defaultVariants: { showLegend: CHART_DEFAULTS.showLegend },
});

export interface ChartProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /** Rows of the chart: one object per x position, keyed by `dataKey`s. */
  data: ChartDatum[];
  /** What to draw: `bar`, `area` or `line` series, each reading one `dataKey`. Series sharing `stack` pile up. */
  series: ChartSeries[];
  /** Key of the x values, or `{ dataKey, hide, labels }` (labels map x values to tick text). */
  xAxis?: ChartXAxis;
  /** Show the value axis on the left. @default false */
  showYAxis?: boolean;
  /** Show the series legend under the chart. @default true */
  showLegend?: boolean;
  /** Show a tooltip with the values at the pointer. @default true */
  showTooltip?: boolean;
  /** Gap between bars of the same category, px. */
  barGap?: number;
  /** Gap between categories of bars, px. */
  barCategoryGap?: number;
  /** Animate series on first draw. @default true (false when the reader prefers reduced motion) */
  animate?: boolean;
  /** Accessible description of the chart. @default a summary of its series */
  "aria-label"?: string;
  style?: CSSProperties;
}

function summary(series: ChartSeries[]): string {
  const names = series.map((item) => item.label ?? item.dataKey);
  return names.length ? `Chart of ${names.join(", ")}` : "Chart";
}

/**
 * A bar/area/line chart drawn with recharts (loaded lazily). The box keeps its size while the chunk
 * loads (the placeholder is the same element), so nothing below it moves. Height defaults to 200px;
 * `style` (width, height, aspect ratio) sizes it.
 */
export const Chart = forwardRef<HTMLDivElement, ChartProps>(function Chart(
  {
    data,
    series,
    xAxis,
    showYAxis = CHART_DEFAULTS.showYAxis,
    showLegend = CHART_DEFAULTS.showLegend,
    showTooltip = CHART_DEFAULTS.showTooltip,
    barGap,
    barCategoryGap,
    animate,
    className,
    "aria-label": ariaLabel,
    ...rest
  },
  ref,
) {
  return (
    <div
      ref={ref}
      role="figure"
      aria-label={ariaLabel ?? summary(series)}
      className={cx(chartVariants({ showLegend }), className)}
      data-show-legend={showLegend}
      data-show-y-axis={showYAxis}
      {...rest}
    >
      <Suspense fallback={<div className="cw-chart__placeholder" data-loading="" />}>
        <ChartCanvas
          data={data}
          series={series}
          xAxis={xAxis}
          showYAxis={showYAxis}
          showLegend={showLegend}
          showTooltip={showTooltip}
          barGap={barGap}
          barCategoryGap={barCategoryGap}
          animate={animate}
        />
      </Suspense>
    </div>
  );
});

export { loadChartCanvas };
