// Item and thread ids in the default chatkit-python format: a kind prefix and 8 hex digits (WIDGET-SPEC §6.5).
export const ID_PREFIXES = {
  thread: "thr",
  message: "msg",
  tool_call: "tc",
  task: "tsk",
  workflow: "wf",
  attachment: "atc",
  sdk_hidden_context: "shcx",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/** `thr_1a2b3c4d`, `msg_…`; uses `crypto.getRandomValues`, available in Node ≥ 20 and browsers. */
export function generateId(kind: IdKind): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return `${ID_PREFIXES[kind]}_${hex}`;
}
