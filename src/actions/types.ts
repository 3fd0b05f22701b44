import type { ActionConfig, WidgetRoot } from "../schema";

/** The action object apps receive: the configured `type` and the payload with form values merged in. */
export interface WidgetAction {
  type: string;
  payload?: Record<string, unknown>;
}

/** The widget thread item an action comes from (`{ id, widget }` with the validated root). */
export interface WidgetItem {
  id: string;
  widget: WidgetRoot | null;
}

/** Handler of `handler: "client"` actions. A returned promise keeps the loading state until it settles. */
export type ClientActionHandler = (action: WidgetAction, widgetItem: WidgetItem) => unknown;

/** Handler of `handler: "server"` actions (usually `client.sendCustomAction(action, item.id, { streaming })`). */
export type ServerActionHandler = (
  action: WidgetAction,
  widgetItem: WidgetItem,
  options: { streaming: boolean },
) => unknown;

/** What can go wrong while validating, rendering or dispatching a widget. */
export type WidgetErrorKind =
  | "validation" // parseWidget reported errors
  | "render" // a view threw; its subtree shows the error card
  | "payload-collision" // a form field has the name of a static payload key; the static value is kept
  | "no-handler" // an action fired but the app passed no handler for its route
  | "dispatch"; // the handler threw or its promise rejected

export interface WidgetError {
  kind: WidgetErrorKind;
  message: string;
  /** Path of the node concerned (`children[0].onClickAction`), when there is one. */
  path?: string;
  /** The action type concerned, for dispatch errors. */
  actionType?: string;
  cause?: unknown;
}

export type WidgetErrorHandler = (error: WidgetError) => void;

/**
 * Where an action is bound; it decides what `loadingBehavior: "auto"` means and whether the form is
 * validated first (`formSubmit`, `cardConfirm`).
 */
export type ActionBinding =
  | "button"
  | "listViewItem"
  | "cardConfirm"
  | "cardCancel"
  | "formSubmit"
  | "select"
  | "datePicker"
  | "checkbox"
  | "radioGroup"
  | "custom";

export type { ActionConfig };
