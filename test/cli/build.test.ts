// `chat-widgets build` and `render` with a Widget Builder view, run as a user runs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildWidget, decodeEncodedWidget, parseWidgetFile } from "../../src/server/templates";

const root = path.resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(path.join(tmpdir(), "chat-widgets-build-"));

function cli(args: string[]) {
  const result = spawnSync("npx", ["tsx", "src/cli/index.ts", ...args], { cwd: root, encoding: "utf8" });
  const stderr = result.stderr.split("\n").filter((line) => !line.startsWith("npm warn")).join("\n");
  return { status: result.status, stdout: result.stdout, stderr };
}

const view = `<Card size="sm">
  <Title value={title} />
  {tags.map((tag) => <Badge key={tag} label={tag} />)}
  <Button label="Open" onClickAction={{ type: "open", payload: { title } }} />
</Card>
`;
const schema = `import { z } from "zod";\nexport default z.object({ title: z.string(), tags: z.array(z.string()) });\n`;

describe("chat-widgets build / render with views", { timeout: 240_000 }, () => {
  it("builds a .widget from a view with its sibling state and zod schema, and renders the view", () => {
    writeFileSync(path.join(folder, "order.widget.jsx"), view);
    writeFileSync(path.join(folder, "order.state.json"), JSON.stringify({ title: "Order {{ 1 }}", tags: ["new", "paid"] }));
    writeFileSync(path.join(folder, "order.schema.ts"), schema);
    const out = path.join(folder, "order.widget");
    const built = cli(["build", path.join(folder, "order.widget.jsx"), "-o", out]);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(built.stdout).toContain(`✓ ${out}`);

    const file = parseWidgetFile(readFileSync(out, "utf8"));
    expect(file.name).toBe("order");
    expect(file.jsonSchema).toMatchObject({ required: ["title", "tags"] });
    const expected = {
      type: "Card",
      size: "sm",
      children: [
        { type: "Title", value: "Order {{ 1 }}" },
        { type: "Badge", key: "new", label: "new" },
        { type: "Badge", key: "paid", label: "paid" },
        { type: "Button", label: "Open", onClickAction: { type: "open", payload: { title: "Order {{ 1 }}" } } },
      ],
    };
    expect(file.outputJsonPreview).toEqual(expected);
    expect(buildWidget(file, { title: "Order {{ 1 }}", tags: ["new", "paid"] })).toEqual(expected);
    expect(decodeEncodedWidget(file.encodedWidget!)).toMatchObject({ kind: "project", project: { view, schemaMode: "zod" } });

    const rendered = cli(["render", path.join(folder, "order.widget.jsx")]);
    expect(rendered.status).toBe(0);
    expect(JSON.parse(rendered.stdout)).toEqual(expected);
  });

  it("names the file, line and column of a view error and exits 1; usage errors exit 2", () => {
    const broken = path.join(folder, "broken.widget.jsx");
    writeFileSync(broken, `<Card>\n  <Text value={items.reduce((a, b) => a)} />\n</Card>\n`);
    writeFileSync(path.join(folder, "broken.state.json"), JSON.stringify({ items: [] }));
    const result = cli(["build", broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${broken}:2:22: "reduce" is not supported by compileView`);
    const usage = cli(["build", path.join(folder, "order.state.json")]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("build needs exactly one view (.jsx) file");
  });
});
