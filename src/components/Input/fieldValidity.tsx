import { useCallback, useId, useRef, useState, type RefObject } from "react";

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
