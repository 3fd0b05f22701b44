// Prototype-pollution paths: `__proto__`, `constructor` and `prototype` keys wherever widget data or stream data
// is copied or merged. After each, Object.prototype must be untouched.
import { afterEach, describe, expect, it } from "vitest";
import { mergeFormValues, setPath } from "../../src/actions/formValues";
import { applyItemUpdate, applyThreadEvent, INITIAL_THREAD_STATE } from "../../src/protocol/reducer";
import type { ThreadItem } from "../../src/protocol/types";
import { copyJson, parseWidget } from "../../src/schema";
import { diffWidget } from "../../src/server/diff";
import { createMemoryStore } from "../../src/server/store";
import { shareStructure } from "../../src/renderer/shareStructure";

const polluted = () =>
  ({} as Record<string, unknown>).polluted !== undefined ||
  (Object.prototype as Record<string, unknown>).polluted !== undefined ||
  (Array.prototype as unknown as Record<string, unknown>).polluted !== undefined;

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Array.prototype as unknown as Record<string, unknown>).polluted;
});

const PROTO_JSON = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';

describe("prototype pollution", () => {
  it("widget JSON with __proto__/constructor/prototype keys on nodes, actions and payloads", () => {
    const text = `{"type":"Card","__proto__":{"polluted":true},"children":[
      {"type":"Button","label":"x","constructor":{"prototype":{"polluted":true}},
       "onClickAction":{"type":"a","__proto__":{"polluted":true},"payload":${PROTO_JSON}}},
      {"type":"Box","prototype":{"polluted":true},"children":[{"type":"Text","value":"y","__proto__":{"polluted":true}}]}]}`;
    const result = parseWidget(text);
    expect(polluted()).toBe(false);
    const again = parseWidget(text);
    if (result.ok && again.ok) shareStructure(result.widget, again.widget);
    expect(polluted()).toBe(false);
    expect(copyJson(JSON.parse(PROTO_JSON))).toEqual(JSON.parse(PROTO_JSON));
    expect(Object.getPrototypeOf(copyJson(JSON.parse(PROTO_JSON)))).toBe(Object.prototype);
    expect(polluted()).toBe(false);
  });

  it("form field names and payload merges", () => {
    const values: Record<string, unknown> = {};
    for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__.polluted", "prototype.polluted"]) {
      setPath(values, name, true);
    }
    expect(polluted()).toBe(false);
    mergeFormValues(JSON.parse(PROTO_JSON), JSON.parse(PROTO_JSON));
    mergeFormValues({}, JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(polluted()).toBe(false);
  });

  it("stream events: deltas and component updates aimed at __proto__, items carrying __proto__", () => {
    const item = JSON.parse(
      `{"id":"w","thread_id":"t","created_at":"2026-01-01T00:00:00Z","type":"widget","widget":{"type":"Card","__proto__":{"polluted":true},"children":[{"type":"Text","id":"__proto__","value":"a"}]}}`,
    ) as ThreadItem;
    let state = applyThreadEvent(INITIAL_THREAD_STATE, { type: "thread.item.done", item });
    for (const componentId of ["__proto__", "constructor", "prototype"]) {
      state = applyThreadEvent(state, {
        type: "thread.item.updated",
        item_id: "w",
        update: { type: "widget.streaming_text.value_delta", component_id: componentId, delta: "b", done: false },
      });
      applyItemUpdate(state.items[0]!, { type: "widget.component.updated", component_id: componentId, component: JSON.parse(PROTO_JSON) });
    }
    expect(polluted()).toBe(false);
    diffWidget(JSON.parse(`{"type":"Card","__proto__":{"polluted":true}}`), JSON.parse(`{"type":"Card","constructor":{"prototype":{"polluted":true}}}`));
    expect(polluted()).toBe(false);
  });

  it("the memory store's copies", async () => {
    const store = createMemoryStore({ ownerKey: () => "shared" });
    await store.createThread(JSON.parse(`{"id":"t","created_at":"x","status":{"type":"active"},"__proto__":{"polluted":true}}`), {});
    await store.saveItem("t", JSON.parse(`{"id":"w","thread_id":"t","created_at":"x","type":"widget","widget":${PROTO_JSON}}`), {});
    await store.loadItem("t", "w", {});
    await store.listThreads({ limit: 10, order: "asc" }, {});
    expect(polluted()).toBe(false);
  });
});
