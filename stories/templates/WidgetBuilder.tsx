// The Widget Builder page: a JSX view, its state and schema side by side with the live preview in light
// and dark, errors at their line, the project's named states, and "Download .widget".
import { useId, useMemo, useState } from "react";
import { WidgetRenderer } from "../../src/renderer";
import { parseWidget } from "../../src/schema";
import { createWidgetFile, evaluateView, stringifyWidgetFile, ViewError, WidgetStateError, type WidgetState } from "../../src/builder";
import type { WidgetFile } from "../../src/server/templates";

export interface WidgetBuilderProps {
  name: string;
  view: string;
  /** JSON text of the default state. */
  state: string;
  /** zod source or JSON Schema text. */
  schema: string;
  /** Named sample states of the project (the Builder's "states"). */
  states?: WidgetState[];
  /** Called with the file when "Download .widget" is pressed (the browser download happens too). */
  onExport?: (file: WidgetFile) => void;
  onAction?: (action: { type: string; payload?: Record<string, unknown> }) => void;
}

interface Problem {
  where: "view" | "state" | "schema";
  line?: number;
  column?: number;
  message: string;
}

function problemOf(where: Problem["where"], error: unknown): Problem {
  if (error instanceof ViewError) return { where, line: error.line, column: error.column, message: error.reason };
  if (error instanceof WidgetStateError) return { where: "state", message: error.message };
  return { where, message: (error as Error).message };
}

const editorStyle = {
  width: "100%",
  boxSizing: "border-box",
  fontFamily: "var(--cw-font-family-mono, monospace)",
  fontSize: 12,
  lineHeight: "18px",
  padding: 8,
  borderRadius: 8,
  border: "1px solid var(--cw-border-strong)",
  background: "var(--cw-surface-secondary)",
  color: "var(--cw-text-prose)",
} as const;

function Editor({ label, value, onChange, rows, problem }: { label: string; value: string; onChange: (value: string) => void; rows: number; problem?: Problem }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      <label htmlFor={id} style={{ fontWeight: 500, fontSize: 14 }}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        style={{ ...editorStyle, borderColor: problem ? "var(--cw-text-danger)" : editorStyle.border.split(" ").at(-1) }}
      />
      {problem ? (
        <div id={errorId} data-testid={`${label.toLowerCase()}-error`} style={{ color: "var(--cw-text-danger)", fontSize: 13 }}>
          {problem.line ? (
            <>
              <strong>
                Line {problem.line}, column {problem.column}:
              </strong>{" "}
              {problem.message}
              <pre style={{ margin: "4px 0 0", fontSize: 12, whiteSpace: "pre", overflowX: "auto" }}>
                {value.split(/\r?\n/)[problem.line - 1]}
                {"\n"}
                {" ".repeat(Math.max(0, (problem.column ?? 1) - 1))}^
              </pre>
            </>
          ) : (
            problem.message
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Author a widget in the Builder's language and export it as a `.widget` file. */
export function WidgetBuilder({ name, view: initialView, state: initialState, schema: initialSchema, states = [], onExport, onAction }: WidgetBuilderProps) {
  const [view, setView] = useState(initialView);
  const [stateText, setStateText] = useState(initialState);
  const [schema, setSchema] = useState(initialSchema);
  const [chosen, setChosen] = useState("default");
  const stateSelectId = useId();

  const result = useMemo(() => {
    let state: Record<string, unknown>;
    try {
      state = JSON.parse(stateText) as Record<string, unknown>;
    } catch (error) {
      return { problem: { where: "state", message: `Invalid JSON: ${(error as Error).message}` } as Problem };
    }
    const preview = chosen === "default" ? state : (states.find((entry) => entry.name === chosen)?.state ?? state);
    let widget: unknown;
    try {
      widget = evaluateView(view, preview);
    } catch (error) {
      return { problem: problemOf("view", error) };
    }
    let file: WidgetFile | undefined;
    let fileProblem: Problem | undefined;
    try {
      const trimmed = schema.trim();
      file = createWidgetFile({ name, view, schema: trimmed.startsWith("{") ? (JSON.parse(trimmed) as Record<string, unknown>) : schema, defaultState: state, states });
    } catch (error) {
      fileProblem = problemOf(error instanceof WidgetStateError ? "state" : error instanceof ViewError && error.fileName.includes("schema") ? "schema" : "view", error);
    }
    return { widget, file, problem: fileProblem };
  }, [view, stateText, schema, chosen, states, name]);

  const validation = result.widget !== undefined ? parseWidget(result.widget) : undefined;
  const download = () => {
    if (!result.file) return;
    onExport?.(result.file);
    const url = URL.createObjectURL(new Blob([stringifyWidgetFile(result.file)], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `${name}.widget`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(320px, 1fr) minmax(360px, 1.2fr)", gap: 16, alignItems: "start" }}>
      <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        <Editor label="View" value={view} onChange={setView} rows={14} problem={result.problem?.where === "view" ? result.problem : undefined} />
        <Editor label="State" value={stateText} onChange={setStateText} rows={6} problem={result.problem?.where === "state" ? result.problem : undefined} />
        <Editor label="Schema" value={schema} onChange={setSchema} rows={6} problem={result.problem?.where === "schema" ? result.problem : undefined} />
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
          <label htmlFor={stateSelectId} style={{ fontSize: 14 }}>
            Preview state
          </label>
          <select id={stateSelectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="default">Default state</option>
            {states.map((entry) => (
              <option key={entry.name} value={entry.name}>
                {entry.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={download} disabled={!result.file} style={{ marginInlineStart: "auto" }}>
            Download .widget
          </button>
        </div>
        {(["light", "dark"] as const).map((theme) => (
          <section key={theme} aria-label={`Preview, ${theme}`} className="cw-root" data-cw-theme={theme} style={{ padding: 12, borderRadius: 12, background: "var(--cw-surface-secondary)" }}>
            {result.widget !== undefined ? <WidgetRenderer widget={result.widget} item={{ id: `msg_builder_${theme}` }} onAction={onAction} /> : <p style={{ margin: 0 }}>No preview</p>}
          </section>
        ))}
        <p role="status" style={{ margin: 0, fontSize: 13 }}>
          {validation && !validation.ok ? `${validation.issues.length} widget issue(s)` : validation ? `${validation.warnings.length} warning(s)` : ""}
        </p>
      </div>
    </div>
  );
}
