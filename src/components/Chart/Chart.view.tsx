import { blockStyle } from "../../styling/resolve";
import type { NodeView } from "../../view-kit/types";
import type { ChartNode } from "../../schema";
import { Chart } from "./Chart";

/** Renders a `Chart` node; size props (px numbers, CSS strings, aspect ratio, flex) size the chart box. */
export const ChartView: NodeView<ChartNode> = ({ node }) => (
  <Chart
    data={node.data}
    series={node.series}
    xAxis={node.xAxis}
    showYAxis={node.showYAxis}
    showLegend={node.showLegend}
    showTooltip={node.showTooltip}
    barGap={node.barGap}
    barCategoryGap={node.barCategoryGap}
    style={blockStyle(node)}
  />
);
