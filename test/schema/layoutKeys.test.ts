import { describe, expect, it } from "vitest";
import { ALL_NODE_SPECS } from "./helpers";
import { BOX_LAYOUT_KEYS, LENGTH_PROPS, SIZE_PROPS } from "../../src/schema/lengths";
import { layoutPropsOf } from "../../src/components/Box/layoutProps";

const propsOf = (type: string) => Object.keys(ALL_NODE_SPECS.find((node) => node.type === type)!.props.object);

describe("Box layout keys: one list for the schema, the primitive and the views", () => {
  it("are exactly the Box node's props other than its identity", () => {
    expect([...BOX_LAYOUT_KEYS].sort()).toEqual(propsOf("Box").filter((key) => key !== "key" && key !== "id").sort());
  });

  it("Row, Col and Form take every one of them but direction", () => {
    for (const type of ["Row", "Col"]) {
      expect(propsOf(type).filter((key) => key !== "key" && key !== "id").sort()).toEqual(BOX_LAYOUT_KEYS.filter((key) => key !== "direction").sort());
    }
    for (const key of BOX_LAYOUT_KEYS) if (key !== "direction") expect(propsOf("Form")).toContain(key);
  });

  it("length props are the spacing props and the size props, nothing else", () => {
    expect([...LENGTH_PROPS].sort()).toEqual(["gap", "margin", "padding", "spacing", ...SIZE_PROPS].sort());
    for (const key of ["flex", "aspectRatio", "radius", "border"]) expect(LENGTH_PROPS.has(key)).toBe(false);
  });

  it("layoutPropsOf picks the layout keys and leaves node-only fields out", () => {
    const props = layoutPropsOf({ type: "Row", key: "k", children: [], gap: 2, maxSize: 40, direction: "row" } as never) as Record<string, unknown>;
    expect(Object.keys(props).sort()).toEqual(BOX_LAYOUT_KEYS.filter((key) => key !== "direction").sort());
    expect(props.gap).toBe(2);
    expect(props.maxSize).toBe(40);
    expect(props.type).toBeUndefined();
  });
});
