// Renders control nodes through the real WidgetRenderer (schema validation, registry, views, actions):
// in a Card, or in a Card > Form with a submit Button when `submitAction` is given. Play functions then
// check the exact action objects that reach the app's `onAction`.
import { WidgetRenderer } from "../../src/renderer";
import type { ClientActionHandler } from "../../src/actions";

export interface WidgetHarnessProps {
  onAction: ClientActionHandler;
  /** Control nodes (widget JSON). */
  nodes: Record<string, unknown>[];
  /** Wrap the nodes in a Form whose submit Button fires this action. */
  submitAction?: Record<string, unknown>;
}

export function widgetFor(nodes: Record<string, unknown>[], submitAction?: Record<string, unknown>) {
  if (!submitAction) return { type: "Card", size: "sm", children: nodes };
  return {
    type: "Card",
    size: "sm",
    children: [
      {
        type: "Form",
        gap: 3,
        onSubmitAction: submitAction,
        children: [...nodes, { type: "Button", submit: true, label: "Submit" }],
      },
    ],
  };
}

export function WidgetHarness({ onAction, nodes, submitAction }: WidgetHarnessProps) {
  return <WidgetRenderer widget={widgetFor(nodes, submitAction)} item={{ id: "msg_story" }} onAction={onAction} strict />;
}
