// Item and thread ids: a kind prefix as chatkit-python's default generator uses (WIDGET-SPEC §6.5) and 128
// random bits from the platform CSPRNG as 32 hex digits. chatkit-python's 8 hex digits (32 bits) collide
// after about 77,000 ids; 128 bits make a collision (or a guessed id) practically impossible.
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

/** Random bits in every generated id. */
export const ID_RANDOM_BITS = 128;

/**
 * `thr_` + 32 hex digits (`thr_3f9c…`), `msg_…` and so on; uses `crypto.getRandomValues` (Node ≥ 20 and
 * browsers), never `Math.random`.
 */
export function generateId(kind: IdKind): string {
  const bytes = new Uint8Array(ID_RANDOM_BITS / 8);
  globalThis.crypto.getRandomValues(bytes);
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return `${ID_PREFIXES[kind]}_${hex}`;
}
