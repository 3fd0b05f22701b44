// The package root: every primitive, the renderer, action dispatch, the schema, tokens, the composer and the
// protocol client. Server-side code lives in `chat-widgets/server`. Import from subpaths to keep bundles small.
export * from "./components/Badge";
export * from "./components/Basic";
export * from "./components/Box";
export * from "./components/Button";
export * from "./components/Caption";
export * from "./components/Card";
export * from "./components/Chart";
export * from "./components/Checkbox";
export * from "./components/Col";
export * from "./components/DatePicker";
export * from "./components/Divider";
export * from "./components/Form";
export * from "./components/Icon";
export * from "./components/Image";
export * from "./components/Input";
export * from "./components/Label";
export * from "./components/ListView";
export * from "./components/ListViewItem";
export * from "./components/Markdown";
export * from "./components/RadioGroup";
export * from "./components/Row";
export * from "./components/Select";
export * from "./components/Spacer";
export * from "./components/Table";
export * from "./components/Text";
export * from "./components/Textarea";
export * from "./components/Title";
export * from "./components/Transition";
export * from "./renderer";
export * from "./actions";
export * from "./schema";
export * from "./tokens";
export * from "./composer";
export * from "./protocol";

// Names defined in more than one area: the root re-exports the one an app meets first; the other stays
// reachable through its subpath (`chat-widgets/schema`, `chat-widgets/tokens`, `chat-widgets/protocol`).
export { BADGE_COLORS } from "./components/Badge";
export { BUTTON_COLORS } from "./components/Button";
export { IMAGE_FITS, IMAGE_POSITIONS } from "./components/Image";
export type { TextSize } from "./components/Text";
export type { SelectOption } from "./components/Select";
export type { IconNode } from "./schema";
export type { WidgetItem } from "./actions";
export type { InferenceOptions, UserMessageContent } from "./composer";
