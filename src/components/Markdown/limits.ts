// What one Markdown node may ask the parser to do. CommonMark's inline rules (emphasis, links, code spans)
// cost more than linear time on adversarial input, and container blocks (block quotes, lists) nest without
// end: `"*a"` × 25,000 blocked a page for seconds and 7,000 `>` overflow the stack. Text beyond these limits
// is shown as plain text (still all of it, still escaped). docs/security.md lists the limits.

/** Most characters parsed as Markdown in one node. */
export const MARKDOWN_MAX_LENGTH = 20_000;
/** Most inline delimiter characters (`* _ ~ \` [ ] < > ! &`) in one node. */
export const MARKDOWN_MAX_DELIMITERS = 4_000;
/** Most container markers (`>` and list bullets/numbers) opening one line. */
export const MARKDOWN_MAX_LINE_NESTING = 32;
/** Most leading spaces of one line (a tab counts as 4); deeper indentation nests lists. */
export const MARKDOWN_MAX_INDENT = 128;

/** Why `value` is shown as plain text, or `null` when it is parsed as Markdown. One linear scan. */
export function markdownLimitProblem(value: string): string | null {
  if (value.length > MARKDOWN_MAX_LENGTH) return `longer than ${MARKDOWN_MAX_LENGTH} characters`;
  let delimiters = 0;
  let lineStart = true;
  let indent = 0;
  let nesting = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 10 /* \n */) {
      lineStart = true;
      indent = 0;
      nesting = 0;
      continue;
    }
    // * _ ~ ` [ ] < > ! &
    if (code === 42 || code === 95 || code === 126 || code === 96 || code === 91 || code === 93 || code === 60 || code === 62 || code === 33 || code === 38) {
      if (++delimiters > MARKDOWN_MAX_DELIMITERS) return `more than ${MARKDOWN_MAX_DELIMITERS} markup characters`;
    }
    if (!lineStart) continue;
    if (code === 32) indent++;
    else if (code === 9) indent += 4;
    else if (code === 62 /* > */) nesting++;
    else if ((code === 45 /* - */ || code === 43 /* + */ || code === 42 /* * */) && isBlank(value.charCodeAt(index + 1))) nesting++;
    else if (code >= 48 && code <= 57) {
      // A list number: digits then `.` or `)`; other text ends the line's prefix.
      let end = index;
      while (end < value.length && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end++;
      const after = value.charCodeAt(end);
      if ((after === 46 || after === 41) && isBlank(value.charCodeAt(end + 1))) {
        nesting++;
        index = end;
      } else lineStart = false;
    } else lineStart = false;
    if (indent > MARKDOWN_MAX_INDENT) return `indented deeper than ${MARKDOWN_MAX_INDENT} spaces`;
    if (nesting > MARKDOWN_MAX_LINE_NESTING) return `nested deeper than ${MARKDOWN_MAX_LINE_NESTING} levels`;
  }
  return null;
}

/** Space, tab, line end or the end of the text (NaN). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}
