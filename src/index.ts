// The package root: what an app needs to render widgets. The renderer, action dispatch, the schema, the tokens,
// and every primitive that draws without a heavy library. Tree-shakable ("sideEffects": CSS only): one import pays
// for what it uses.
//
// On their own subpaths (not re-exported here, so the root stays one small entry):
// - the form-control primitives built on Radix and react-day-picker: `chat-widgets/components/Select`,
//   `/components/DatePicker`, `/components/Checkbox`, `/components/RadioGroup` (the renderer loads their
//   node views on its own, on first use);
// - the composer and chat thread (`chat-widgets/composer`), the protocol client (`/protocol`, `/protocol/react`),
//   the `.widget` authoring tools (`/builder`), templates (`/templates`) and the server kit (`/server`).
export * from "./components/Badge";
export * from "./components/Basic";
export * from "./components/Box";
export * from "./components/Button";
export * from "./components/Caption";
export * from "./components/Card";
export * from "./components/Chart";
export * from "./components/Col";
export * from "./components/Divider";
export * from "./components/Form";
export * from "./components/Icon";
export * from "./components/Image";
export * from "./components/Input";
export * from "./components/Label";
export * from "./components/ListView";
export * from "./components/ListViewItem";
export * from "./components/Markdown";
export * from "./components/Row";
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

// Names defined in more than one area: the root re-exports the one an app meets first; the other stays
// reachable through its subpath (`chat-widgets/schema`, `chat-widgets/tokens`).
export { BADGE_COLORS } from "./components/Badge";
export { BUTTON_COLORS } from "./components/Button";
export { IMAGE_FITS, IMAGE_POSITIONS } from "./components/Image";
export type { TextSize } from "./components/Text";
export type { IconNode } from "./schema";
export type { WidgetItem } from "./actions";
