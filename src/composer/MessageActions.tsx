// The actions under an assistant response (ChatKit's `threadItemActions`): copy, feedback, retry.
import { useEffect, useState } from "react";
import { Button } from "../components/Button";
import type { FeedbackKind } from "../protocol/types";
import { ComposerIcon } from "./icons";
import { VISUALLY_HIDDEN_CLASS } from "../styling/utilities";

export interface MessageActionsProps {
  /** Text the copy button puts on the clipboard (the response's messages, and widgets' `copy_text`). */
  copyText: string;
  /** Thumbs up / down; omit to hide them. Resolves when the server took the feedback. */
  onFeedback?: (kind: FeedbackKind) => Promise<void> | void;
  /** Answers the user message again; omit to hide the button. */
  onRetry?: () => Promise<void> | void;
  /** The actions cannot run now (a response is streaming). */
  disabled?: boolean;
}

/** How long "Copied" shows after a copy, in ms. */
export const COPIED_FEEDBACK_MS = 2000;

/**
 * Copy (to the clipboard, with a "Copied" status), feedback (one of thumbs up / down, kept pressed once sent)
 * and retry, as icon buttons with accessible names. A failed clipboard write or request leaves the buttons usable.
 */
export function MessageActions({ copyText, onFeedback, onRetry, disabled = false }: MessageActionsProps) {
  const [copied, setCopied] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackKind | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(copyText);
      setCopied(true);
    } catch {
      // No clipboard access (insecure context, denied permission): nothing to announce.
    }
  };
  const give = async (kind: FeedbackKind) => {
    if (feedback === kind) return;
    const previous = feedback;
    setFeedback(kind);
    try {
      await onFeedback?.(kind);
    } catch {
      setFeedback(previous);
    }
  };
  const action = { color: "secondary", variant: "ghost", size: "sm", uniform: true } as const;
  return (
    <div className="cw-message-actions" role="group" aria-label="Response actions">
      <Button {...action} aria-label={copied ? "Copied" : "Copy"} onClick={() => void copy()}>
        <ComposerIcon glyph={copied ? "check" : "copy"} />
      </Button>
      {onFeedback && (
        <>
          <Button {...action} aria-label="Good response" aria-pressed={feedback === "positive"} disabled={feedback !== null && feedback !== "positive"} onClick={() => void give("positive")}>
            <ComposerIcon glyph="thumbs-up" />
          </Button>
          <Button {...action} aria-label="Bad response" aria-pressed={feedback === "negative"} disabled={feedback !== null && feedback !== "negative"} onClick={() => void give("negative")}>
            <ComposerIcon glyph="thumbs-down" />
          </Button>
        </>
      )}
      {onRetry && (
        <Button {...action} aria-label="Retry" disabled={disabled} onClick={() => void onRetry()}>
          <ComposerIcon glyph="retry" />
        </Button>
      )}
      <span className={VISUALLY_HIDDEN_CLASS} role="status">
        {copied ? "Copied to the clipboard" : ""}
      </span>
    </div>
  );
}
