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

const ID_BYTES = ID_RANDOM_BITS / 8;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
// getRandomValues costs a system call, so ids draw from a pool refilled 4 KiB at a time (as Node's own
// randomUUID does); each byte of the pool is used once.
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

/**
 * `thr_` + 32 hex digits (`thr_3f9c…`), `msg_…` and so on; the bits come from `crypto.getRandomValues`
 * (Node ≥ 20 and browsers), never `Math.random`.
 */
export function generateId(kind: IdKind): string {
  if (poolOffset + ID_BYTES > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  let hex = "";
  for (let index = 0; index < ID_BYTES; index++) hex += HEX[pool[poolOffset + index]];
  poolOffset += ID_BYTES;
  return `${ID_PREFIXES[kind]}_${hex}`;
}
