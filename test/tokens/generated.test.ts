// The generated token files are committed; they must be exactly what the generator makes from tokens/*.json now.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildTokenFiles, OUTPUT_FILES } from "../../scripts/build-tokens";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("generated token files", async () => {
  const expected = await buildTokenFiles();

  it("covers every output", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
  });

  it.each(Object.values(OUTPUT_FILES))("%s is fresh", (file) => {
    const committed = readFileSync(path.join(root, file), "utf8");
    // A byte comparison, reported briefly: a full diff of 70 kB would hide the instruction.
    expect(committed === expected[file], `${file} is stale: run npm run tokens`).toBe(true);
  });

  it.each(Object.values(OUTPUT_FILES))("%s says it is generated", (file) => {
    expect(expected[file]).toMatch(/generated — do not edit/);
  });
});
