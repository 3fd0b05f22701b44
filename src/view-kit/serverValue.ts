import { useCallback, useState } from "react";

/**
 * The value a widget control shows. It starts at the server's value (the node's `defaultValue` /
 * `defaultChecked`), follows the user's edits, and takes the server's value again whenever a new version of
 * the widget (`thread.item.replaced`, `widget.root.updated`, `widget.component.updated`) carries a different
 * one. A new version that repeats the same server value keeps the user's edit. Values are compared with
 * `Object.is`, so pass a normalised primitive (`""` for no value, a boolean for a checkbox).
 *
 * @returns `[value, setValue]`; `setValue` records a user edit.
 */
export function useServerValue<T>(serverValue: T): [T, (next: T) => void] {
  const [state, setState] = useState(() => ({ server: serverValue, value: serverValue }));
  const setValue = useCallback((value: T) => setState((current) => ({ server: current.server, value })), []);
  if (!Object.is(state.server, serverValue)) {
    // Adjusting state while rendering: React renders again at once, before anything is committed.
    setState({ server: serverValue, value: serverValue });
    return [serverValue, setValue];
  }
  return [state.value, setValue];
}
