// The views that load together in one chunk on first use (see registry.ts): the text fields, label, chart wrapper,
// lists, tables, forms, transitions and editable text. One chunk rather than one per view, because every lazy chunk
// that shares code with the eager path splits that code into a further eager chunk (gzipped apart, each costs its
// own overhead).
export { InputView } from "../components/Input/Input.view";
export { TextareaView } from "../components/Textarea/Textarea.view";
export { LabelView } from "../components/Label/Label.view";
export { ChartView } from "../components/Chart/Chart.view";
export { ListViewView } from "../components/ListView/ListView.view";
export { ListViewItemView } from "../components/ListViewItem/ListViewItem.view";
export { TableCellView, TableRowView, TableView } from "../components/Table/Table.view";
export { FormView } from "../components/Form/Form.view";
export { TransitionView } from "../components/Transition/Transition.view";
export { EditableTextView } from "../components/Text/EditableText.view";
