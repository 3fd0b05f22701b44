// Chart (chatkit-python and the Widget Builder; not in the @openai/chatkit types). Recharts vocabulary.
import * as z from "zod/mini";
import { CURVE_TYPES } from "./vocabulary";
import { ColorValueSchema, LengthSchema, blockShape, identityShape } from "./shared";

export const CurveTypeSchema = z.enum(CURVE_TYPES);

export const BarSeriesSchema = z.object({
  type: z.literal("bar"),
  dataKey: z.string(),
  label: z.optional(z.string()),
  stack: z.optional(z.string()),
  color: z.optional(ColorValueSchema),
});

export const AreaSeriesSchema = z.object({
  type: z.literal("area"),
  dataKey: z.string(),
  label: z.optional(z.string()),
  stack: z.optional(z.string()),
  color: z.optional(ColorValueSchema),
  curveType: z.optional(CurveTypeSchema),
});

export const LineSeriesSchema = z.object({
  type: z.literal("line"),
  dataKey: z.string(),
  label: z.optional(z.string()),
  color: z.optional(ColorValueSchema),
  curveType: z.optional(CurveTypeSchema),
});

export const SeriesSchema = z.union([BarSeriesSchema, AreaSeriesSchema, LineSeriesSchema]);

export const XAxisConfigSchema = z.object({
  dataKey: z.string(),
  hide: z.optional(z.boolean()),
  labels: z.optional(z.record(z.string(), z.string())),
});

export const ChartSchema = z.object({
  type: z.literal("Chart"),
  ...identityShape,
  data: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
  series: z.array(SeriesSchema),
  xAxis: z.optional(z.union([z.string(), XAxisConfigSchema])),
  showYAxis: z.optional(z.boolean()),
  showLegend: z.optional(z.boolean()),
  showTooltip: z.optional(z.boolean()),
  barGap: z.optional(z.number()),
  barCategoryGap: z.optional(z.number()),
  flex: z.optional(LengthSchema),
  ...blockShape,
});

export type CurveType = z.infer<typeof CurveTypeSchema>;
export type BarSeries = z.infer<typeof BarSeriesSchema>;
export type AreaSeries = z.infer<typeof AreaSeriesSchema>;
export type LineSeries = z.infer<typeof LineSeriesSchema>;
export type ChartSeries = z.infer<typeof SeriesSchema>;
export type ChartNode = z.infer<typeof ChartSchema>;
