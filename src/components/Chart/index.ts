export { Chart, chartVariants, loadChartCanvas, CHART_DEFAULTS, type ChartProps, type ChartDatum, type ChartXAxis } from "./Chart";
export { CHART_PALETTE, CURVE_FOR, DEFAULT_CURVE, chartColor } from "./series";
export { ChartView } from "./Chart.view";
