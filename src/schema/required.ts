// What is drawn when a required prop is missing (docs/schema.md, "Required props"). By the leniency rule
// none of these stops drawing: the parser warns, naming the path, and gives the prop its empty value
// ("" or []) so the parsed node keeps its type. This table only says, in the warning, what the reader will
// see; test/schema/required.test.ts fails when a schema gains a required prop that has no entry here, or
// when docs/schema.md's table disagrees with it.

/**
 * `Type.prop` → what is drawn without it. Covers every required prop of every node type (and `children`
 * of the containers that require it), plus Button's label-or-icon rule.
 */
export const MISSING_REQUIRED_NOTES: Readonly<Record<string, string>> = {
  "Card.children": "drawn as an empty card",
  "ListView.children": "drawn as an empty list",
  "Basic.children": "drawn empty",
  "ListViewItem.children": "drawn as an empty row",
  "Title.value": "drawn empty",
  "Caption.value": "drawn empty",
  "Text.value": "drawn empty",
  "Markdown.value": "drawn empty",
  "Label.value": "drawn empty",
  "Label.fieldName": "drawn, labels no control",
  "Badge.label": "drawn as an empty badge",
  "Icon.name": "draws nothing",
  "Image.src": "drawn as an empty frame",
  "Button.label": "drawn as an empty button",
  "Input.name": "drawn; adds nothing to the form values",
  "Textarea.name": "drawn; adds nothing to the form values",
  "Select.name": "drawn; adds nothing to the form values",
  "Select.options": "drawn with no options",
  "DatePicker.name": "drawn; adds nothing to the form values",
  "Checkbox.name": "drawn; adds nothing to the form values",
  "RadioGroup.name": "drawn; adds nothing to the form values",
  "Chart.data": "drawn as an empty chart",
  "Chart.series": "drawn as an empty chart",
};

/** The note for a missing `prop` of a node `type`, or undefined when the table has none. */
export function missingRequiredNote(type: string, prop: string): string | undefined {
  const key = `${type}.${prop}`;
  return Object.hasOwn(MISSING_REQUIRED_NOTES, key) ? MISSING_REQUIRED_NOTES[key] : undefined;
}
