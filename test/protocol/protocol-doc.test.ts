// docs/protocol.md lists every ChatKit request and event, each marked supported or not, with why: every
// request, stream event and item update our wire types know (chatkit-python's, including those this kit
// refuses), and every `chatkit.*` DOM event of the installed @openai/chatkit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHATKIT_REQUEST_SCHEMAS, ThreadItemUpdateSchema, ThreadStreamEventSchema, UNSUPPORTED_REQUEST_TYPES } from "../../src/protocol/types";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const doc = readFileSync(path.join(root, "docs/protocol.md"), "utf8");
const section = doc.slice(doc.indexOf("## Conformance with ChatKit's protocol"));

/** The rows of the table whose header starts with `| <first> |`: first cell's `code` names → the row's cells. */
function table(first: string): Map<string, string[]> {
  const start = section.indexOf(`| ${first} |`);
  expect(start, `a table headed "| ${first} |"`).toBeGreaterThan(-1);
  const rows = new Map<string, string[]>();
  for (const line of section.slice(start).split("\n").slice(2)) {
    if (!line.startsWith("|")) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    for (const [, name] of cells[0].matchAll(/`([^`]+)`/g)) {
      // `thread.item.added` / `.updated` / `.done` and `{a,b}` groups name several.
      rows.set(name, cells);
    }
    const base = /`([^`]+?)\.\{([^}]+)\}`/.exec(cells[0]);
    if (base) for (const leaf of base[2].split(",")) rows.set(`${base[1]}.${leaf}`, cells);
    const stem = /`([^`]+)\.[a-z_]+`((?:\s*\/\s*`\.[a-z_]+`)+)/.exec(cells[0]);
    if (stem) for (const [, leaf] of stem[2].matchAll(/`\.([a-z_]+)`/g)) rows.set(`${stem[1]}.${leaf}`, cells);
  }
  return rows;
}

const literals = (schema: { def: { options: readonly { def: { shape: { type: { def: { values: unknown[] } } } } }[] } }) =>
  schema.def.options.map((option) => String(option.def.shape.type.def.values[0]));

describe("docs/protocol.md conformance tables", () => {
  it("list every request type, marked served or refused with why", () => {
    const requests = table("request");
    for (const type of Object.keys(CHATKIT_REQUEST_SCHEMAS)) expect(requests.get(type)?.[2], type).toMatch(/^yes/);
    for (const type of Object.keys(UNSUPPORTED_REQUEST_TYPES)) expect(requests.get(type)?.[2], type).toMatch(/^no: \S.{10,}/);
    for (const [name, cells] of requests) expect(cells[2], name).toMatch(/^(yes|no: \S.{10,})/);
  });

  it("list every stream event and item update", () => {
    const streamEvents = table("event");
    for (const type of literals(ThreadStreamEventSchema as never)) expect(streamEvents.get(type)?.[1], type).toMatch(/\S/);
    const updates = table("item update");
    for (const type of literals(ThreadItemUpdateSchema as never)) expect(updates.get(type)?.[1], type).toMatch(/\S/);
  });

  it("list every chatkit.* DOM event of ChatKit.js with our equivalent or why there is none", () => {
    const types = readFileSync(path.join(root, "node_modules/@openai/chatkit/types/index.d.ts"), "utf8");
    const names = [...types.matchAll(/'(chatkit\.[a-z.]+)':\s*CustomEvent/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThanOrEqual(13);
    const domEvents = table("ChatKit.js DOM event");
    for (const name of names) expect(domEvents.get(name)?.[1], name).toMatch(/\S{3}/);
  });
});
