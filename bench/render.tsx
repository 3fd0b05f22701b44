// Render cost of the renderer against hand-written JSX that produces the same DOM, in the same run;
// the cost of updating one item of a long ListView; and how many widget nodes (and components) one streamed text delta re-renders.
import { benchDocument, componentsRenderedSinceReset, countNodeViews, nodesRenderedSinceReset, resetRenderCount } from "./dom";
import { createElement, type ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { builtinViews, WidgetRenderer } from "../src/renderer";
import { LIVE_REGION_CLASS } from "../src/renderer/focus";
import { VISUALLY_HIDDEN_CLASS } from "../src/styling/utilities";
import { Badge } from "../src/components/Badge";
import { Button } from "../src/components/Button";
import { Caption } from "../src/components/Caption";
import { Card } from "../src/components/Card";
import { Col } from "../src/components/Col";
import { Icon } from "../src/components/Icon";
import { Row } from "../src/components/Row";
import { Spacer } from "../src/components/Spacer";
import { Text } from "../src/components/Text";
import { applyThreadEvent, INITIAL_THREAD_STATE, type ThreadState } from "../src/protocol";
import { countNodes, largeCard, largeListView } from "./fixtures";
import { medianMs, medianRatio } from "./timing";

const noop = () => {};

function mount(element: ReactElement) {
  const container = benchDocument.createElement("div");
  benchDocument.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(element));
  return { container, root, unmount: () => { root.unmount(); container.remove(); } };
}

/** The same tree as `largeCard`, written by hand with the primitives. */
function HandWrittenCard({ rows }: { rows: number }) {
  return (
    <div className="cw-widget">
      <Card size="lg">
        {Array.from({ length: rows }, (_, index) => (
          <Row key={`row-${index}`} gap={3}>
            <Icon name={index % 2 ? "calendar" : "star"} color="secondary" size="md" />
            <Col gap={0.5}>
              <Text value={`Item number ${index}`} size="sm" weight="medium" />
              <Caption value={`Updated ${index % 12} hours ago`} size="sm" />
            </Col>
            <Spacer />
            <Badge label={index % 3 ? "Open" : "Done"} color={index % 3 ? "info" : "success"} />
            <Button label="View" size="sm" variant="outline" onClick={noop} />
          </Row>
        ))}
      </Card>
      {/* The widget's polite live region, as the renderer's frame draws it (empty until an action announces). */}
      <div className={`${LIVE_REGION_CLASS} ${VISUALLY_HIDDEN_CLASS}`} aria-live="polite" aria-atomic="true" />
    </div>
  );
}

/** Attributes that differ only by generated ids or event wiring are not part of "the same DOM". */
function normalise(html: string) {
  return html.replace(/ (id|aria-labelledby|aria-describedby|aria-controls)="[^"]*"/g, "");
}

// A widget node's re-render is its view's; the counts below report those apart from all components.
countNodeViews(Object.values(builtinViews));

export async function benchRender() {
  const rows = 125;
  const widget = largeCard(rows);
  const viaRenderer = () => createElement(WidgetRenderer, { widget, item: { id: "msg_bench" }, onAction: noop });
  const handWritten = () => createElement(HandWrittenCard, { rows });

  const a = mount(viaRenderer());
  const b = mount(handWritten());
  const sameDom = normalise(a.container.innerHTML) === normalise(b.container.innerHTML);
  let firstDifference = "";
  if (!sameDom) {
    const x = normalise(a.container.innerHTML);
    const y = normalise(b.container.innerHTML);
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    firstDifference = `renderer: …${x.slice(Math.max(0, i - 80), i + 120)}…\nhand-written: …${y.slice(Math.max(0, i - 80), i + 120)}…`;
  }
  a.unmount();
  b.unmount();

  const timed = await medianRatio(() => mount(viaRenderer()).unmount(), () => mount(handWritten()).unmount());
  return { nodes: countNodes(widget), sameDom, firstDifference, rendererMs: timed.subjectMs, handMs: timed.baselineMs, ratio: timed.ratio };
}

export function benchListUpdate() {
  const items = 500;
  const base = largeListView(items);
  const { root, unmount } = mount(createElement(WidgetRenderer, { widget: base, item: { id: "msg_list" }, onAction: noop }));
  let flip = false;
  // Replace item 250 only (a new object for it and its ancestors, as the thread reducer produces): its status
  // Badge changes label and colour (a streamed Text value would take the cheaper streamed-text path instead).
  const changed = (label: string) => {
    const children = base.children.slice();
    const item = children[250]!;
    const row = item.children[0]!;
    const rowChildren: unknown[] = row.children.map((child, i) => (i === 3 ? { ...child, label, color: label === "Changed" ? "warning" : "danger" } : child));
    children[250] = { ...item, children: [{ ...row, children: rowChildren as typeof row.children }] };
    return { ...base, children };
  };
  const updateMs = medianMs(() => {
    flip = !flip;
    resetRenderCount();
    flushSync(() => root.render(createElement(WidgetRenderer, { widget: changed(flip ? "Changed" : "Changed again"), item: { id: "msg_list" }, onAction: noop })));
  }, { batches: 7, minBatchMs: 200 });
  const rendered = componentsRenderedSinceReset();
  const nodesRendered = nodesRenderedSinceReset();
  unmount();
  const mountMs = medianMs(() => mount(createElement(WidgetRenderer, { widget: base, item: { id: "msg_list" }, onAction: noop })).unmount(), { batches: 5, minBatchMs: 200 });
  return { items, nodes: countNodes(base), updateMs, mountMs, componentsRendered: rendered, nodesRendered };
}

export function benchStreamingDelta() {
  const widget = {
    type: "Card",
    children: [
      { type: "Title", value: "Summary" },
      { type: "Markdown", id: "answer", value: "", streaming: true },
      ...largeCard(20).children,
    ],
  };
  let state: ThreadState = applyThreadEvent(INITIAL_THREAD_STATE, {
    type: "thread.item.done",
    item: { id: "msg_stream", thread_id: "thr_bench", created_at: "2026-01-01T00:00:00Z", type: "widget", widget },
  } as never);
  const widgetOf = (s: ThreadState) => (s.items[0] as unknown as { widget: unknown }).widget;
  const { root, unmount } = mount(createElement(WidgetRenderer, { widget: widgetOf(state), item: { id: "msg_stream" }, onAction: noop }));
  const counts: number[] = [];
  const nodeCounts: number[] = [];
  for (let i = 0; i < 20; i++) {
    state = applyThreadEvent(state, {
      type: "thread.item.updated",
      item_id: "msg_stream",
      update: { type: "widget.streaming_text.value_delta", component_id: "answer", delta: `word${i} `, done: false },
    } as never);
    resetRenderCount();
    flushSync(() => root.render(createElement(WidgetRenderer, { widget: widgetOf(state), item: { id: "msg_stream" }, onAction: noop })));
    counts.push(componentsRenderedSinceReset());
    nodeCounts.push(nodesRenderedSinceReset());
  }
  unmount();
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { nodes: countNodes(widget), deltas: counts.length, medianComponentsPerDelta: median(counts), medianNodesPerDelta: median(nodeCounts) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchRender());
  console.log(benchListUpdate());
  console.log(benchStreamingDelta());
}
