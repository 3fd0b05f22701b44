// Runs the CLI the way a user does (through tsx) and checks exit status and output.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCorpusDir } from "../../scripts/corpus.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = findCorpusDir();
const sample = (name: string) => path.join(corpus, `${name}.widget`);
const scratch = mkdtempSync(path.join(tmpdir(), "chat-widgets-cli-"));

function cli(args: string[], input?: string) {
  const result = spawnSync("npx", ["tsx", "src/cli/index.ts", ...args], { cwd: root, encoding: "utf8", input });
  // npm may print its own configuration notices on stderr; they are not the CLI's output.
  const stderr = result.stderr.split("\n").filter((line) => !line.startsWith("npm warn")).join("\n");
  return { status: result.status, stdout: result.stdout, stderr };
}

function scratchFile(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

// Each run starts tsx (several seconds on a busy machine).
describe("chat-widgets CLI", { timeout: 240_000 }, () => {
  it("prints help with --help and exits 0", () => {
    const { status, stdout } = cli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("chat-widgets validate [--strict] <file>...");
  });

  it("exits 2 on wrong usage", () => {
    const { status, stderr } = cli(["frobnicate"]);
    expect(status).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it("validates .widget files and widget JSON, naming the failing path and field", () => {
    const good = scratchFile("good.json", { type: "Card", children: [{ type: "Text", value: "hi" }] });
    // Only what cannot be drawn is an error (a Button label 3 is read as "3", with a warning).
    const bad = scratchFile("bad.json", { type: "Card", children: [{ type: "Button", label: 3 }, { type: "Sparkline" }] });
    const { status, stdout, stderr } = cli(["validate", sample("cat_profile"), sample("line_select"), good, bad]);
    expect(status).toBe(1);
    expect(stdout).toContain(`✓ ${sample("cat_profile")}`);
    expect(stdout).toContain(`✗ ${sample("line_select")}`);
    expect(stdout).toContain(`✓ ${good}`);
    expect(stdout).toContain(`✗ ${bad}`);
    expect(stdout).toContain("2 of 4 file(s) invalid");
    expect(stderr).toContain(`error: ${sample("line_select")}: defaultState: 'item.name' is undefined`);
    expect(stderr).toMatch(new RegExp(`error: ${bad.replaceAll("\\", "\\\\")}: children\\[1\\]\\.type: `));
    expect(stderr).toMatch(new RegExp(`warning: ${bad.replaceAll("\\", "\\\\")}: children\\[0\\]\\.label: `));
  });

  it("turns warnings into errors with --strict", () => {
    const relaxed = cli(["validate", scratchFile("warn.json", { type: "Card", children: [], madeUp: 1 })]);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toContain("warning:");
    const strict = cli(["validate", "--strict", path.join(scratch, "warn.json")]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("error:");
  });

  it("renders a .widget with --data and prints the widget JSON", () => {
    const data = scratchFile("meals.json", { options: [{ value: "veg", label: "Vegetarian" }], actionType: "meal.pick", selected: "veg" });
    const { status, stdout } = cli(["render", sample("meal_preferences"), "--data", data]);
    expect(status).toBe(0);
    const widget = JSON.parse(stdout);
    expect(widget.type).toBe("ListView");
    expect(widget.children[0].children[0].children[1]).toEqual({ type: "Text", value: "Vegetarian", weight: "semibold", color: "emphasis" });
  });

  it("rejects data that does not match the jsonSchema, naming the field", () => {
    const data = scratchFile("meals-bad.json", { options: [{ value: "veg", label: 5 }], actionType: "meal.pick" });
    const { status, stdout, stderr } = cli(["render", sample("meal_preferences"), "--data", data]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("data.options[0].label: must be string");
  });
});
