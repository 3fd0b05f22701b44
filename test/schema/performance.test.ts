// Parsing stays within 8× JSON.parse on a 1,000-node widget. In its own file so it runs in a fresh worker:
// the fuzz tests make the parser's functions megamorphic, which is not what an app sees.
import { describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";

describe("performance", () => {
  function listOf(count: number) {
    const items = [];
    for (let made = 1; made < count; made += 7) {
      items.push({
        type: "ListViewItem",
        key: `item-${made}`,
        onClickAction: { type: "select", payload: { id: made }, handler: "server" },
        children: [
          {
            type: "Row",
            gap: 2,
            children: [
              { type: "Icon", name: "dot", color: "gray-300", size: "xl" },
              {
                type: "Col",
                padding: { top: 1, x: 2 },
                children: [
                  { type: "Text", value: `Item ${made}`, weight: "semibold" },
                  { type: "Caption", value: "Details", color: "tertiary", size: "sm" },
                  { type: "Button", label: "Open", size: "sm", variant: "outline", onClickAction: { type: "open" } },
                ],
              },
            ],
          },
        ],
      });
    }
    return { type: "ListView", children: items };
  }

  function median(run: () => void, rounds = 25): number {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  }

  it("parses a 1,000-node widget within 8× the time of JSON.parse on its text", () => {
    const text = JSON.stringify(listOf(1000));
    const value = JSON.parse(text);
    expect(parseWidget(value).ok).toBe(true);
    for (let warm = 0; warm < 20; warm++) {
      JSON.parse(text);
      parseWidget(value);
    }
    const jsonParse = median(() => JSON.parse(text));
    const parse = median(() => parseWidget(value));
    expect(parse).toBeLessThan(jsonParse * 8);
  });
});
