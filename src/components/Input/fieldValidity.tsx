import {
  useCallback,
  useId,
  useRef,
  useState,
  type FocusEventHandler,
  type FormEventHandler,
  type ReactElement,
  type RefObject,
} from "react";

/** Shown when the browser gives no message of its own (e.g. a DOM without constraint messages). */
export const FIELD_INVALID_FALLBACK = "Please match the requested format.";

/**
 * The invalid state of a text field as the user meets it (like CSS `:user-invalid`): shown once the user has
 * changed the field and left it (blur) or tried to submit its form (`invalid` event) while it fails
 * `required`/`pattern`/its type, and hidden again as soon as the value is valid. While shown, the field gets `aria-invalid="true"` and `aria-describedby`
 * pointing at the visible message (the browser's own validation message).
 */
export function useFieldValidity(ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const messageId = useId();
  const [message, setMessage] = useState<string | undefined>(undefined);
  const read = (field: HTMLInputElement | HTMLTextAreaElement) =>
    field.validity.valid ? undefined : field.validationMessage || FIELD_INVALID_FALLBACK;
  const edited = useRef(false);
  /** Checks now and shows the message (a blocked submit). */
  const show = useCallback(() => {
    const field = ref.current;
    if (field) setMessage(read(field));
  }, [ref]);
  /** Checks again while the message is shown, so it goes away as soon as the value is fixed. */
  const recheck = useCallback(() => {
    const field = ref.current;
    if (field) setMessage((shown) => (shown === undefined ? undefined : read(field)));
  }, [ref]);
  /** The user typed: recheck a shown message; the next blur shows one. */
  const onInput = useCallback(() => {
    edited.current = true;
    recheck();
  }, [recheck]);
  /** The user left the field: show the message if they changed it. */
  const onBlur = useCallback(() => {
    if (edited.current) show();
  }, [show]);
  return { message, messageId, show, recheck, onInput, onBlur };
}

/** The visible message of an invalid field; its id is the field's `aria-describedby`. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <span id={id} className="cw-field-message">
      {message}
    </span>
  );
}

/** Joins space-separated id lists, dropping empty parts. */
export function joinIds(...ids: (string | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/** The caller's own handlers and ids that `useValidatedField` chains after its own. */
export interface ValidatedFieldOptions<F extends HTMLInputElement | HTMLTextAreaElement> {
  onBlur?: FocusEventHandler<F>;
  onInvalid?: FormEventHandler<F>;
  onInput?: FormEventHandler<F>;
  /** The caller's `aria-describedby` (space-separated ids); the message's id is appended while it is shown. */
  describedBy?: string;
  /** Runs on every `input` before the validity is read again (e.g. a textarea's own `pattern` check). */
  beforeInput?: () => void;
}

/** What a text field spreads onto its native element, and the message it renders after it. */
export interface ValidatedField<F extends HTMLInputElement | HTMLTextAreaElement> {
  /** Whether the invalid message is shown now (the field is then `aria-invalid`). */
  shown: boolean;
  /** `onBlur`/`onInvalid`/`onInput`: the validity's own step first, then the caller's handler. */
  handlers: { onBlur: FocusEventHandler<F>; onInvalid: FormEventHandler<F>; onInput: FormEventHandler<F> };
  /** The caller's `aria-describedby` plus the message's id while it is shown; `undefined` when empty. */
  describedBy: string | undefined;
  /** Checks again while the message is shown (call after the value, `pattern` or `required` changed from outside). */
  recheck: () => void;
  /** The `FieldMessage` to render right after the field. */
  message: ReactElement;
}

/**
 * Wires `useFieldValidity` into a native text field (`input` or `textarea`): the blur/invalid/input handlers,
 * `aria-describedby` and the visible message, the same for every text field.
 */
export function useValidatedField<F extends HTMLInputElement | HTMLTextAreaElement>(
  ref: RefObject<F | null>,
  { onBlur, onInvalid, onInput, describedBy, beforeInput }: ValidatedFieldOptions<F>,
): ValidatedField<F> {
  const validity = useFieldValidity(ref);
  const shown = validity.message !== undefined;
  return {
    shown,
    handlers: {
      onBlur: (event) => {
        validity.onBlur();
        onBlur?.(event);
      },
      onInvalid: (event) => {
        validity.show();
        onInvalid?.(event);
      },
      onInput: (event) => {
        beforeInput?.();
        validity.onInput();
        onInput?.(event);
      },
    },
    describedBy: joinIds(describedBy, shown ? validity.messageId : undefined),
    recheck: validity.recheck,
    message: <FieldMessage id={validity.messageId} message={validity.message} />,
  };
}
