// The recharts part of Chart; a lazy chunk.
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LegendPayload,
  type TooltipContentProps,
} from "recharts";
import type { ChartSeries } from "../../schema";
import type { ChartDatum, ChartXAxis } from "./Chart";
import { CURVE_FOR, DEFAULT_CURVE, chartColor } from "./series";

export interface ChartCanvasProps {
  data: ChartDatum[];
  series: ChartSeries[];
  xAxis?: ChartXAxis;
  showYAxis: boolean;
  showLegend: boolean;
  showTooltip: boolean;
  barGap?: number;
  barCategoryGap?: number;
  animate?: boolean;
}

const TICK = { fill: "var(--cw-text-tertiary)", fontSize: 12 };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function ChartTooltip({ active, payload, label, labelFormatter }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  const title = labelFormatter ? labelFormatter(label, payload) : label;
  return (
    <div className="cw-chart__tooltip">
      <div className="cw-chart__tooltip-label">{title as string}</div>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)} className="cw-chart__tooltip-row">
          <span className="cw-chart__swatch" style={{ background: entry.color }} />
          <span className="cw-chart__tooltip-name">{entry.name}</span>
          <span className="cw-chart__tooltip-value">{String(entry.value)}</span>
        </div>
      ))}
    </div>
  );
}

export default function ChartCanvas({
  data,
  series,
  xAxis,
  showYAxis,
  showLegend,
  showTooltip,
  barGap,
  barCategoryGap,
  animate,
}: ChartCanvasProps) {
  const axis = typeof xAxis === "string" ? { dataKey: xAxis } : xAxis;
  const labels = axis?.labels;
  const formatX = (value: unknown) => {
    const key = String(value);
    return labels && Object.hasOwn(labels, key) ? labels[key] : key;
  };
  const animated = animate ?? !prefersReducedMotion();
  // The legend lists series in the order the widget gives them (recharts sorts by name unless told otherwise).
  const seriesOrder = (item: LegendPayload) => {
    const index = series.findIndex((entry) => entry.dataKey === item.dataKey);
    return index === -1 ? series.length : index;
  };

  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 1, height: 1 }}>
      <ComposedChart
        data={data}
        barGap={barGap}
        barCategoryGap={barCategoryGap}
        margin={{ top: 8, right: 8, bottom: 0, left: showYAxis ? 0 : 8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="var(--cw-border-subtle)" />
        <XAxis
          dataKey={axis?.dataKey}
          hide={axis?.hide ?? !axis}
          tickFormatter={formatX}
          tick={TICK}
          tickLine={false}
          axisLine={{ stroke: "var(--cw-border-default)" }}
          tickMargin={6}
          minTickGap={8}
          // The first and last categories are always labelled (shifted inwards when they would overflow the
          // plot); recharts' default drops the first label of a line or area chart, whose first point sits on
          // the plot's edge, so a two-point chart showed one label.
          interval="preserveStartEnd"
        />
        <YAxis hide={!showYAxis} tick={TICK} tickLine={false} axisLine={false} width={40} />
        {showTooltip ? (
          <Tooltip
            content={ChartTooltip}
            labelFormatter={formatX}
            cursor={{ fill: "var(--cw-alpha-5)", stroke: "var(--cw-border-default)" }}
            isAnimationActive={false}
          />
        ) : null}
        {showLegend ? (
          <Legend
            iconType="circle"
            iconSize={8}
            itemSorter={seriesOrder}
            formatter={(value) => <span className="cw-chart__legend-label">{value}</span>}
          />
        ) : null}
        {series.map((item, index) => {
          const fill = chartColor(item.color, index);
          const name = item.label ?? item.dataKey;
          const key = `${item.type}-${item.dataKey}-${index}`;
          if (item.type === "bar") {
            return (
              <Bar
                key={key}
                dataKey={item.dataKey}
                name={name}
                fill={fill}
                stackId={item.stack}
                radius={item.stack ? 0 : [4, 4, 0, 0]}
                maxBarSize={48}
                isAnimationActive={animated}
              />
            );
          }
          if (item.type === "area") {
            return (
              <Area
                key={key}
                dataKey={item.dataKey}
                name={name}
                type={CURVE_FOR[item.curveType ?? DEFAULT_CURVE]}
                stroke={fill}
                strokeWidth={2}
                fill={fill}
                fillOpacity={0.2}
                stackId={item.stack}
                isAnimationActive={animated}
              />
            );
          }
          return (
            <Line
              key={key}
              dataKey={item.dataKey}
              name={name}
              type={CURVE_FOR[item.curveType ?? DEFAULT_CURVE]}
              stroke={fill}
              strokeWidth={2}
              dot={false}
              activeDot={{ r: 4 }}
              isAnimationActive={animated}
            />
          );
        })}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
