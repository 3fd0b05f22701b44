import { useEffect, useId, useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { expectFocusKept, press, tabTo } from "./keyboard";
import type { ParseWidgetResult } from "../src/schema";
import { WidgetRenderer } from "../src/renderer";
import { typicalWidgets } from "./widgets/typicalWidgets";

interface PlaygroundProps {
  /** Widget JSON to start from. */
  initialJson: string;
  /** Receives client actions dispatched by the rendered widget. */
  onAction?: (action: { type: string; payload?: Record<string, unknown> }) => void;
}

/** How long the summary must hold before the status region takes it (ms): typing is not narrated per keystroke. */
const SUMMARY_SETTLE_MS = 500;

/** `text` once it has stayed the same for `ms`. */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

const visuallyHidden = { position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" } as const;

/** Paste widget JSON on the left; the widget renders on the right with its validation issues underneath. */
function Playground({ initialJson, onAction }: PlaygroundProps) {
  const [source, setSource] = useState(initialJson);
  const editorId = useId();
  const parsed = useMemo(() => {
    try {
      return { json: JSON.parse(source) as unknown, syntaxError: undefined };
    } catch (error) {
      return { json: undefined, syntaxError: (error as Error).message };
    }
  }, [source]);
  // The list shows the issues of the very parse the renderer draws from, so the error cards and the list
  // agree on every severity.
  const [validation, setValidation] = useState<ParseWidgetResult>();
  const issues = validation && !parsed.syntaxError ? [...(validation.ok ? [] : validation.issues), ...validation.warnings] : [];
  const count = issues.length === 0 ? "No issues" : `${issues.length} issue${issues.length === 1 ? "" : "s"}`;
  // One polite status says how the JSON stands once the author pauses: "Invalid JSON" or the issue count. The
  // syntax error itself is the editor's description (read on focus), not an alert on every keystroke.
  const summary = useSettled(parsed.syntaxError ? "Invalid JSON" : count, SUMMARY_SETTLE_MS);
  const errorId = useId();

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(280px, 1fr) minmax(360px, 1fr)", gap: 16, alignItems: "start" }}>
      <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
        <label htmlFor={editorId} style={{ fontWeight: 500, fontSize: 14 }}>
          Widget JSON
        </label>
        <textarea
          id={editorId}
          value={source}
          spellCheck={false}
          onChange={(event) => setSource(event.target.value)}
          aria-invalid={parsed.syntaxError ? true : undefined}
          aria-describedby={parsed.syntaxError ? errorId : undefined}
          style={{
            minHeight: 360,
            fontFamily: "var(--cw-font-family-mono, monospace)",
            fontSize: 12,
            padding: 8,
            borderRadius: 8,
            border: "1px solid var(--cw-border-strong)",
            background: "var(--cw-surface-secondary)",
            color: "var(--cw-text-prose)",
          }}
        />
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        {parsed.syntaxError ? (
          <p id={errorId} style={{ color: "var(--cw-text-danger)", margin: 0 }}>
            Invalid JSON: {parsed.syntaxError}
          </p>
        ) : (
          <WidgetRenderer widget={parsed.json} item={{ id: "msg_playground" }} onAction={onAction} onValidation={setValidation} />
        )}
        <section aria-label="Validation">
          <h2 style={{ fontSize: 14, margin: "0 0 4px" }}>{count}</h2>
          <p role="status" style={visuallyHidden}>
            {summary}
          </p>
          <ul style={{ margin: 0, paddingLeft: 16, fontSize: 13 }}>
            {issues.map((issue) => (
              <li key={`${issue.severity}:${issue.path}:${issue.message}`} style={{ color: issue.severity === "error" ? "var(--cw-text-danger)" : "var(--cw-text-secondary)" }}>
                <code>{issue.path || "(root)"}</code> — {issue.severity}: {issue.message}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

const meta = {
  title: "Playground",
  component: Playground,
  args: { initialJson: JSON.stringify(typicalWidgets.orderSummary, null, 2), onAction: fn() },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Playground>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ValidationErrors: Story = {
  args: {
    initialJson: JSON.stringify(
      {
        type: "Card",
        size: "huge",
        children: [
          { type: "Text", value: "Hi" },
          { type: "Button", label: "Go", onClickAction: { payload: {} } },
          { type: "Row", children: [{ type: "Sparkline" }] },
          { type: "ListView", children: [{ type: "ListViewItem", onClickAction: { payload: {} }, children: "oops" }] },
        ],
      },
      null,
      2,
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const validation = canvas.getByRole("region", { name: "Validation" });
    // Errors first, then warnings; each with the severity the parser gave it.
    await waitFor(() => expect(within(validation).getByRole("heading")).toHaveTextContent("6 issues"));
    // The count is announced (a polite status), not only drawn.
    await waitFor(() => expect(within(validation).getByRole("status")).toHaveTextContent("6 issues"));
    const listed = within(validation).getAllByRole("listitem").map((item) => item.textContent);
    await expect(listed).toEqual([
      'children[2].children[0].type — error: Unknown component type "Sparkline"',
      "children[3].children[0].children — error: Expected array, received string",
      'size — warning: Expected one of "sm" | "md" | "lg" | "full", received "huge"',
      "children[1].onClickAction.type — warning: Required",
      'children[3] — warning: "ListView" is a root node nested in a component (drawn as a nested list)',
      "children[3].children[0].onClickAction.type — warning: Required",
    ]);
    // Error cards stand exactly where the errors are, and list the errors only: the row's missing action
    // type is a warning in the list and is not given as a reason in the card.
    const cards = canvas.getAllByRole("group", { name: /^Widget error at / });
    await expect(cards.map((card) => card.getAttribute("aria-label"))).toEqual([
      "Widget error at children[2].children[0]",
      "Widget error at children[3].children[0]",
    ]);
    await expect(within(cards[0]!).getAllByRole("listitem").map((item) => item.textContent)).toEqual(['children[2].children[0].type: Unknown component type "Sparkline"']);
    await expect(within(cards[1]!).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "children[3].children[0].children: Expected array, received string",
    ]);
    // The rest is drawn: the text, the button (without its action), the nested list around the bad row.
    await expect(canvas.getByText("Hi")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Go" })).toBeVisible();
    await expect(canvasElement.querySelector(".cw-card__body .cw-list-view")).not.toBeNull();
  },
};

export const LiveEditing: Story = {
  args: { initialJson: '{"type":"Card","children":[{"type":"Text","value":"Hello"}]}' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Hello")).toBeVisible();
    const editor = canvas.getByRole("textbox", { name: "Widget JSON" });
    const status = canvas.getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("No issues"));
    // Keystrokes that each leave the JSON broken: nothing is announced while typing, no alert at all.
    for (const partial of ['{"type":"Card","children":[{"type":"Text","value":"Hel', '{"type":"Card","children":[{"type":"Text","value":"Hello']) {
      fireEvent.change(editor, { target: { value: partial } });
      await expect(canvas.queryByRole("alert")).toBeNull();
      await expect(status).toHaveTextContent("No issues");
    }
    // The editor is marked invalid and described by the error; the status says so once typing pauses.
    await expect(editor).toHaveAttribute("aria-invalid", "true");
    await expect(editor).toHaveAccessibleDescription(/^Invalid JSON: /);
    await waitFor(() => expect(status).toHaveTextContent("Invalid JSON"));
    fireEvent.change(editor, { target: { value: '{"type":"Card","children":[{"type":"Text","value":"Edited live"}]}' } });
    await waitFor(() => expect(canvas.getByText("Edited live")).toBeVisible());
    await expect(canvas.getByRole("heading", { name: "No issues" })).toBeVisible();
    await expect(editor).not.toHaveAttribute("aria-invalid");
    await waitFor(() => expect(status).toHaveTextContent("No issues"));

    // By keyboard: Tab into the editor (its text is selected), paste a widget with a button, Tab on to the drawn
    // button, Enter dispatches its action.
    await tabTo(editor);
    await userEvent.paste('{"type":"Card","children":[{"type":"Button","label":"Say hi","onClickAction":{"type":"greet","handler":"client","payload":{"to":"Ada"}}}]}');
    const button = await canvas.findByRole("button", { name: "Say hi" });
    await expectFocusKept(canvasElement, "after the widget was replaced");
    await expect(editor).toHaveFocus();
    await tabTo(button);
    await press("{Enter}", canvasElement);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith({ type: "greet", payload: { to: "Ada" } }, expect.objectContaining({ id: "msg_playground" }));
    // Shift+Tab back into the editor and paste the edited widget again.
    await tabTo(editor, { shift: true });
    await userEvent.paste('{"type":"Card","children":[{"type":"Text","value":"Edited live"}]}');
    await waitFor(() => expect(canvas.getByText("Edited live")).toBeVisible());
  },
};
