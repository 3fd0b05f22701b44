// Views of the thread items beyond messages and widgets: structured input (questions answered in the thread),
// workflows and tasks (with their streamed updates), generated images (with progress). `end_of_turn` and
// hidden-context items have no view (`isShownItem`).
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Collapsible } from "radix-ui";
import { Button } from "../components/Button";
import { Checkbox } from "../components/Checkbox";
import { Icon } from "../components/Icon";
import { isSafeImageSrc, isSafeLinkHref } from "../components/Image/safeUrl";
import { Markdown, type DeeplinkHandler } from "../components/Markdown";
import { RadioGroup } from "../components/RadioGroup";
import { Textarea } from "../components/Textarea";
import {
  HIDDEN_ITEM_TYPES,
  type GeneratedImageItem,
  type StructuredInput,
  type StructuredInputItem,
  type StructuredInputSubmission,
  type Task,
  type ThreadItem,
  type WorkflowItem,
} from "../protocol/types";
import { ComposerIcon } from "./icons";

/** False for items that are never drawn: hidden context (`hidden_context_item`, `sdk_hidden_context`) and `end_of_turn`. */
export function isShownItem(item: ThreadItem): boolean {
  return item.type !== "end_of_turn" && !HIDDEN_ITEM_TYPES.has(item.type);
}

// ── Structured input ─────────────────────────────────────────────────────────────────────────────────

export interface StructuredInputViewProps {
  item: StructuredInputItem;
  /**
   * Sends the answers (`threads.add_structured_input`): `{status: "answered", answers}` with one entry per
   * answered question (`{values}`; unanswered questions are left out, the server stores them skipped), or
   * `{status: "skipped", answers: {}}`.
   */
  onSubmit: (submission: StructuredInputSubmission) => Promise<void> | void;
  /** Answers cannot be sent now (a response is streaming). */
  disabled?: boolean;
}

/**
 * A `structured_input` item: while `pending`, a form with one field per question (a radio group for a single
 * choice, check boxes for several, a text field for a free-form answer) and Submit / Skip; once answered or
 * skipped, the questions with their answers, read-only.
 */
export function StructuredInputView({ item, onSubmit, disabled = false }: StructuredInputViewProps) {
  const baseId = useId();
  const [values, setValues] = useState<Record<string, string[]>>({});
  const [sending, setSending] = useState(false);
  const status = item.status ?? "pending";
  const questionId = (index: number) => `${baseId}-q${index}`;
  const formRef = useRef<HTMLFormElement>(null);
  const answersRef = useRef<HTMLDivElement>(null);
  // Sent while focus was in the form: the form holds focus while its controls are disabled, and the answers that
  // replace it take it over, so that focus never falls to the page. Only focus that was left in the form (now on
  // the page, since the form is gone) moves: a user who went on elsewhere keeps their place.
  const keepFocus = useRef(false);
  useEffect(() => {
    if (status === "pending" || !keepFocus.current) return;
    keepFocus.current = false;
    const answers = answersRef.current;
    const active = answers?.ownerDocument.activeElement;
    if (answers && (!active || active === answers.ownerDocument.body)) answers.focus();
  }, [status]);

  if (status !== "pending") {
    return (
      <div ref={answersRef} tabIndex={-1} role="group" aria-label="Answers" className="cw-structured-input" data-status={status}>
        <dl className="cw-structured-input__answers">
          {item.inputs.map((question) => {
            const answer = question.answer;
            const skipped = status === "skipped" || !answer || answer.skipped || !answer.values?.length;
            return (
              <div key={question.id} className="cw-structured-input__answer">
                <dt>{question.question}</dt>
                <dd data-skipped={skipped || undefined}>{skipped ? "Skipped" : answer!.values!.join(", ")}</dd>
              </div>
            );
          })}
        </dl>
      </div>
    );
  }

  const send = async (submission: StructuredInputSubmission) => {
    const form = formRef.current;
    if (form && form.contains(form.ownerDocument.activeElement)) {
      keepFocus.current = true;
      form.focus();
    }
    setSending(true);
    try {
      await onSubmit(submission);
    } finally {
      setSending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers: StructuredInputSubmission["answers"] = {};
    for (const question of item.inputs) {
      const chosen = (values[question.id] ?? []).map((value) => value.trim()).filter(Boolean);
      if (chosen.length > 0) answers[question.id] = { values: question.type === "freeform" ? [values[question.id]![0]!] : chosen };
    }
    void send({ status: "answered", answers });
  };
  const set = (id: string, next: string[]) => setValues((current) => ({ ...current, [id]: next }));
  const answeredAny = Object.values(values).some((list) => list.some((value) => value.trim() !== ""));
  const locked = disabled || sending;

  return (
    <form ref={formRef} tabIndex={-1} className="cw-structured-input" data-status="pending" aria-label="Questions" onSubmit={submit}>
      {item.inputs.map((question, index) => (
        <QuestionField key={question.id} id={questionId(index)} question={question} values={values[question.id] ?? []} disabled={locked} onChange={(next) => set(question.id, next)} />
      ))}
      <div className="cw-structured-input__actions">
        <Button label="Skip" color="secondary" variant="ghost" size="sm" disabled={locked} onClick={() => void send({ status: "skipped", answers: {} })} />
        <Button label="Submit" size="sm" submit disabled={locked || !answeredAny} loading={sending} />
      </div>
    </form>
  );
}

function QuestionField({
  id,
  question,
  values,
  disabled,
  onChange,
}: {
  id: string;
  question: StructuredInput;
  values: string[];
  disabled: boolean;
  onChange: (values: string[]) => void;
}) {
  const label = (
    <p className="cw-structured-input__question" id={id}>
      {question.question}
    </p>
  );
  if (question.type === "freeform") {
    const descriptionId = `${id}-description`;
    return (
      <div className="cw-structured-input__field">
        {label}
        {question.description && (
          <p className="cw-structured-input__description" id={descriptionId}>
            {question.description}
          </p>
        )}
        <Textarea
          aria-labelledby={id}
          aria-describedby={question.description ? descriptionId : undefined}
          rows={2}
          autoResize
          value={values[0] ?? ""}
          disabled={disabled}
          onChange={(event) => onChange([event.currentTarget.value])}
        />
      </div>
    );
  }
  if (!question.multiple) {
    return (
      <div className="cw-structured-input__field">
        {label}
        <RadioGroup
          aria-labelledby={id}
          ariaLabel={question.question}
          direction="col"
          options={question.options.map((option) => ({ label: option.value, value: option.value }))}
          value={values[0] ?? ""}
          disabled={disabled}
          onValueChange={(value) => onChange([value])}
        />
      </div>
    );
  }
  return (
    <div className="cw-structured-input__field" role="group" aria-labelledby={id}>
      {label}
      <div className="cw-structured-input__options">
        {question.options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.value}
            checked={values.includes(option.value)}
            disabled={disabled}
            onCheckedChange={(checked) =>
              onChange(checked ? [...values, option.value] : values.filter((value) => value !== option.value))
            }
          />
        ))}
      </div>
    </div>
  );
}

// ── Workflows and tasks ──────────────────────────────────────────────────────────────────────────────

/** "Thought for 1m 5s" style duration text for a workflow's `{duration}` summary (seconds). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes > 0 ? `${minutes}m${rest ? ` ${rest}s` : ""}` : `${rest}s`;
}

function workflowTitle(item: WorkflowItem, streaming: boolean): { title: string; icon?: string } {
  const summary = item.workflow.summary;
  if (summary && typeof summary.title === "string") return { title: summary.title, icon: typeof summary.icon === "string" ? summary.icon : undefined };
  if (summary && typeof summary.duration === "number") {
    return { title: `${item.workflow.type === "reasoning" ? "Thought" : "Worked"} for ${formatDuration(summary.duration)}` };
  }
  if (streaming) return { title: item.workflow.type === "reasoning" ? "Thinking…" : "Working…" };
  const count = item.workflow.tasks.length;
  return { title: `${count} ${count === 1 ? "step" : "steps"}` };
}

/**
 * A `workflow` item: a disclosure (Radix Collapsible) titled by the workflow's summary (custom title, or the
 * duration), open at first when `expanded` (or while it streams), listing its tasks as they are added and updated.
 */
export function WorkflowView({ item, streaming, onDeeplink }: { item: WorkflowItem; streaming: boolean; onDeeplink?: DeeplinkHandler }) {
  const [open, setOpen] = useState<boolean | null>(null);
  const isOpen = open ?? (item.workflow.expanded === true || streaming);
  const { title, icon } = workflowTitle(item, streaming);
  return (
    <Collapsible.Root className="cw-workflow" open={isOpen} onOpenChange={setOpen} data-streaming={streaming || undefined}>
      <Collapsible.Trigger className="cw-workflow__trigger">
        {icon && <Icon name={icon} size="sm" />}
        <span>{title}</span>
        <ComposerIcon glyph="chevron-down" className="cw-workflow__chevron" />
      </Collapsible.Trigger>
      <Collapsible.Content className="cw-workflow__content">
        <ol className="cw-workflow__tasks">
          {item.workflow.tasks.map((task, index) => (
            <li key={index} className="cw-workflow__task" data-status={task.status_indicator ?? "none"}>
              <TaskStatus task={task} />
              <TaskBody task={task} onDeeplink={onDeeplink} />
            </li>
          ))}
        </ol>
      </Collapsible.Content>
    </Collapsible.Root>
  );
}

function TaskStatus({ task }: { task: Task }) {
  const status = task.status_indicator ?? "none";
  if (status === "loading") return <span className="cw-task__status" data-status="loading" role="img" aria-label="In progress" />;
  if (status === "complete") return <ComposerIcon glyph="check" className="cw-task__status" data-status="complete" role="img" aria-label="Done" aria-hidden={false} />;
  return <span className="cw-task__status" data-status="none" aria-hidden="true" />;
}

const TASK_TITLES: Record<string, string> = { thought: "Thought", web_search: "Searched the web", file: "Read files", image: "Image" };

/** One task (chatkit-python `Task`): title, content (Markdown), search queries, sources. Unknown types show their title. */
function TaskBody({ task, onDeeplink }: { task: Task; onDeeplink?: DeeplinkHandler }) {
  const title = task.title ?? (typeof task.title_query === "string" ? task.title_query : TASK_TITLES[task.type]);
  const content = typeof task.content === "string" ? task.content : null;
  const queries = Array.isArray(task.queries) ? task.queries.filter((query): query is string => typeof query === "string") : [];
  const sources = Array.isArray(task.sources) ? task.sources.filter(isSource) : [];
  return (
    <div className="cw-task__body">
      {(title || typeof task.icon === "string") && (
        <p className="cw-task__title">
          {typeof task.icon === "string" && <Icon name={task.icon} size="sm" />}
          {title}
        </p>
      )}
      {content && <Markdown value={content} onDeeplink={onDeeplink} />}
      {queries.length > 0 && (
        <ul className="cw-task__queries" aria-label="Searches">
          {queries.map((query, index) => (
            <li key={index}>{query}</li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <ul className="cw-task__sources" aria-label="Sources">
          {sources.map((source, index) => (
            <li key={index}>{sourceLink(source)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Source = { title: string; url?: unknown; filename?: unknown };
function isSource(value: unknown): value is Source {
  return typeof value === "object" && value !== null && typeof (value as { title?: unknown }).title === "string";
}
function sourceLink(source: Source): ReactNode {
  if (typeof source.url === "string" && isSafeLinkHref(source.url)) {
    return (
      <a href={source.url} target="_blank" rel="noreferrer noopener">
        {source.title}
      </a>
    );
  }
  return source.title;
}

/** A standalone `task` item. */
export function TaskView({ task, onDeeplink }: { task: Task; onDeeplink?: DeeplinkHandler }) {
  return (
    <div className="cw-task" data-status={task.status_indicator ?? "none"}>
      <TaskStatus task={task} />
      <TaskBody task={task} onDeeplink={onDeeplink} />
    </div>
  );
}

// ── Generated images ─────────────────────────────────────────────────────────────────────────────────

/**
 * A `generated_image` item: a placeholder with a progress bar while it is made (`generated_image.updated`
 * `progress`, 0–1), the partial image as it arrives, the final image when done. Only http(s), relative and
 * `data:image/…` URLs are drawn.
 */
export function GeneratedImageView({ item, streaming }: { item: GeneratedImageItem; streaming: boolean }) {
  const url = item.image?.url;
  const progress = typeof item.progress === "number" ? Math.min(1, Math.max(0, item.progress)) : null;
  const making = streaming || !url;
  return (
    <figure className="cw-generated-image" data-state={making ? "generating" : "done"}>
      {url && isSafeImageSrc(url) ? <img src={url} alt="Generated image" /> : <div className="cw-generated-image__placeholder" />}
      {making && (
        <div
          className="cw-generated-image__progress"
          role="progressbar"
          aria-label="Generating image"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress === null ? undefined : Math.round(progress * 100)}
        >
          <span style={{ inlineSize: `${Math.round((progress ?? 0) * 100)}%` }} />
        </div>
      )}
    </figure>
  );
}
