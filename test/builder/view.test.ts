import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  compileView,
  createWidgetFile,
  evaluateView,
  jsonSchemaFromZodSource,
  parseView,
  ViewError,
  WidgetStateError,
} from "../../src/builder";
import {
  buildWidget,
  buildWidgetResult,
  compileTemplate,
  decodeEncodedWidget,
  parseWidgetFile,
  validateTemplateData,
} from "../../src/server/templates";
import { corpusProjects, normalizeWidget } from "./helpers";
import { generateState } from "./states";

const projects = corpusProjects();

/** Differences between two widgets as `path: a vs b` lines (after normalisation). */
function differences(a: unknown, b: unknown, at = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`),
    );
  }
  return [`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

describe("the corpus projects", () => {
  it("are the seven Builder projects of the sample corpus", () => {
    expect(projects.map((project) => project.name)).toEqual([
      "article_list",
      "article_preview",
      "author_preview",
      "cat_name_suggestions",
      "cat_profile",
      "event_list",
      "line_select",
    ]);
  });
});

describe("evaluateView", () => {
  it.each(projects.map((project) => [project.name, project] as const))("%s: the view with its defaultState is the Builder's own preview", (_name, project) => {
    const widget = evaluateView(project.project.view, project.project.defaultState);
    expect(normalizeWidget(widget)).toEqual(normalizeWidget(project.file.outputJsonPreview));
  });

  it("agrees with each file's compiled template, except where the template was edited or is broken", () => {
    const found: Record<string, string[]> = {};
    for (const project of projects) {
      const view = normalizeWidget(evaluateView(project.project.view, project.project.defaultState));
      try {
        const rendered = JSON.parse(buildWidgetResult(project.file, project.project.defaultState, { validateData: false }).rendered);
        found[project.name] = differences(view, normalizeWidget(rendered));
      } catch (error) {
        found[project.name] = [`template: ${(error as Error).message}`];
      }
    }
    expect(found).toEqual({
      article_list: [],
      article_preview: [],
      author_preview: [],
      cat_name_suggestions: [],
      cat_profile: [],
      // The template was edited after export: the selected event's button is "secondary" in it, "info" in the view.
      event_list: ['.children[1].children[0].children[0].children[0].children[2].color: "info" vs "secondary"'],
      // The template reads `item.name`, which the view (and the schema) call `item.label`.
      line_select: [`template: Rendering "lineSelect" failed: 'item.name' is undefined ('dict object' has no attribute 'name')`],
    });
  });

  it("draws boolean shorthand props, drops undefined props and null/false children, flattens arrays", () => {
    const view = `<Card size="sm" collapsed>
      {[<Text value="a" />, [<Text value="b" />, null, false]]}
      {flag && <Text value="c" />}
      {none ?? <Divider />}
      <Button label={label} color={undefined} onClickAction={flag ? undefined : { type: "x", payload: { n: count * 2 } }} />
    </Card>`;
    expect(evaluateView(view, { flag: false, label: "Go", count: 4 })).toEqual({
      type: "Card",
      size: "sm",
      collapsed: true,
      children: [
        { type: "Text", value: "a" },
        { type: "Text", value: "b" },
        { type: "Divider" },
        { type: "Button", label: "Go", onClickAction: { type: "x", payload: { n: 8 } } },
      ],
    });
  });

  it("supports template literals, optional chaining, destructuring, index parameters and array methods", () => {
    const view = `<ListView>{items.filter((item) => item.show).map(({ id, tags }, index) => (
      <ListViewItem key={\`\${id}-\${index}\`}><Text value={tags?.join(", ") ?? "none"} /><Caption value={String(owner?.name?.toUpperCase())} /></ListViewItem>
    ))}</ListView>`;
    const state = { owner: null, items: [{ id: "a", show: true, tags: ["x", "y"] }, { id: "b", show: false }, { id: "c", show: true }] };
    expect(evaluateView(view, state)).toEqual({
      type: "ListView",
      children: [
        { type: "ListViewItem", key: "a-0", children: [{ type: "Text", value: "x, y" }, { type: "Caption", value: "undefined" }] },
        { type: "ListViewItem", key: "c-1", children: [{ type: "Text", value: "none" }, { type: "Caption", value: "undefined" }] },
      ],
    });
  });

  it.each([
    ["eval", `<Text value={eval("1")} />`, 1, 14, "only arrow functions of the view and allowed methods can be called"],
    ["a constructor through a prototype", `<Text value={name.constructor("x")} />`, 1, 19, '"constructor" is not an allowed method on string'],
    ["a function constructor chain", `<Text value={[].map.constructor("return 1")()} />`, 1, 14, 'cannot call "constructor" on undefined'],
    ["new", `<Text value={new Date()} />`, 1, 14, "`new` is not part of the view language"],
    ["assignment", `<Text value={(x = 1)} />`, 1, 15, "assignment is not part of the view language"],
    ["this", `<Text value={this} />`, 1, 14, "`this` is not part of the view language"],
    ["a function expression", `<Text value={[1].map(function (x) { return x; })} />`, 1, 22, "a `function` expression (use an arrow function) is not part of the view language"],
    ["a lowercase tag", `<div />`, 1, 2, '"<div>" is not a widget component (components start with a capital letter)'],
    ["text children", `<Card>\n  Hello\n</Card>`, 1, 7, "text is not a widget node; pass it as a prop (`<Text value=\"…\" />`)"],
    ["a syntax error", `<Card>\n  <Text value={"a" />\n</Card>`, 2, 21, "syntax error: Unexpected token"],
    ["a read of undefined", `<Text value={missing.name} />`, 1, 14, 'cannot read "name" of undefined'],
  ])("refuses %s with its line and column", (_what, view, line, column, reason) => {
    let error: unknown;
    try {
      evaluateView(view, { name: "Ada" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ViewError);
    expect(error).toMatchObject({ line, column, reason });
  });

  it("reads own data only: prototype names are undefined, globals beyond the allow-list do not exist", () => {
    const view = `<Card>{[name.constructor, items.__proto__, ({}).toString, globalThis, process, window].map((value) => <Text value={typeof value} />)}</Card>`;
    expect(evaluateView(view, { name: "Ada", items: [] })).toEqual({
      type: "Card",
      children: Array.from({ length: 6 }, () => ({ type: "Text", value: "undefined" })),
    });
    expect(Object.prototype).not.toHaveProperty("polluted");
    evaluateView(`<Text value={({ ["__proto__"]: { polluted: 1 } }).polluted} />`, {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("stops at the step limit with a clear error", () => {
    const items = Array.from({ length: 200 }, (_, index) => index);
    const view = `<Card>{items.map(() => items.map(() => items.map(() => <Spacer />)))}</Card>`;
    expect(() => evaluateView(view, { items }, { maxSteps: 100_000 })).toThrow(/more than the limit of 100000 steps/);
    expect(() => evaluateView(`<Text value={"ab".repeat(n)} />`, { n: 1e7 })).toThrow(/longer than the limit of 1000000 characters/);
  });
});

describe("compileView", () => {
  const compiledTemplates = new Map(projects.map((project) => [project.name, compileTemplate(compileView(project.project.view))]));

  it.each(projects.map((project) => [project.name, project] as const))("%s: the compiled template renders the view's widget for its defaultState", (name, project) => {
    const rendered = JSON.parse(compiledTemplates.get(name)!.render(project.project.defaultState));
    expect(normalizeWidget(rendered)).toEqual(normalizeWidget(evaluateView(project.project.view, project.project.defaultState)));
  });

  it.each(projects.map((project) => [project.name, project] as const))(
    "%s: and for 200 generated states valid against its JSON Schema",
    (name, project) => {
      const view = parseView(project.project.view);
      const template = compiledTemplates.get(name)!;
      const schema = project.file.jsonSchema as Record<string, unknown>;
      let checked = 0;
      let seed = 0;
      const shapes = new Set<string>();
      while (checked < 200) {
        seed += 1;
        const state = generateState(schema, seed);
        if (validateTemplateData(schema, state).length > 0) continue;
        const expected = normalizeWidget(evaluateView(view, state));
        const actual = normalizeWidget(JSON.parse(template.render(state)));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect.soft(actual, `seed ${seed}: ${JSON.stringify(state).slice(0, 400)}`).toEqual(expected);
          break;
        }
        shapes.add(JSON.stringify(expected).length > 2000 ? "long" : "short");
        checked += 1;
      }
      expect(checked).toBe(200);
    },
    60_000,
  );

  it("keeps strings from the state as data: braces, quotes and </ never change the tree", () => {
    const view = `<Card><Text value={title} /><Button label={\`Open \${title}\`} onClickAction={{ type: "open", payload: { title } }} /></Card>`;
    const template = compileView(view);
    for (const title of ['{{ 7*7 }}', '{% for x in range(3) %}x{% endfor %}', '"}],"type":"Image","src":"javascript:alert(1)', "</script><script>alert(1)</script>", "\\u0022 \\\\", "line\nbreak 🐈"]) {
      const widget = buildWidget({ version: "1.0", name: "probe", template }, { title });
      expect(widget).toEqual({
        type: "Card",
        children: [
          { type: "Text", value: title },
          { type: "Button", label: `Open ${title}`, onClickAction: { type: "open", payload: { title } } },
        ],
      });
    }
  });

  it("keeps static text with Jinja delimiters out of Jinja's reach", () => {
    const template = compileView(`<Card><Text value="{{ secret }} {% raw %}" /></Card>`);
    expect(buildWidget({ version: "1.0", name: "static", template }, {})).toEqual({
      type: "Card",
      children: [{ type: "Text", value: "{{ secret }} {% raw %}" }],
    });
  });

  it("refuses what it cannot compile, with line and column", () => {
    expect(() => compileView(`<Card>\n  <Text {...props} />\n</Card>`)).toThrow(expect.objectContaining({ line: 2, column: 9 }));
    expect(() => compileView(`<Text value={items.reduce((a, b) => a + b)} />`)).toThrow(/"reduce" is not supported by compileView/);
  });

  const python = spawnSync("python3", ["-c", "import jinja2"], { encoding: "utf8" });
  it.skipIf(python.status !== 0)("renders the same in the reference engine (Python Jinja2, StrictUndefined)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cw-jinja-"));
    const script = path.join(dir, "render.py");
    writeFileSync(
      script,
      [
        "import json, sys",
        "from jinja2 import Environment, StrictUndefined",
        "cases = json.load(open(sys.argv[1]))",
        "env = Environment(undefined=StrictUndefined)",
        "print(json.dumps([json.loads(env.from_string(c['template']).render(**c['state'])) for c in cases]))",
      ].join("\n"),
    );
    const cases = projects.flatMap((project) => {
      const template = compileView(project.project.view);
      const schema = project.file.jsonSchema as Record<string, unknown>;
      const states = [project.project.defaultState];
      for (let seed = 1; states.length < 15; seed += 1) {
        const state = generateState(schema, seed);
        if (validateTemplateData(schema, state).length === 0) states.push(state);
      }
      return states.map((state) => ({ template, state, expected: normalizeWidget(evaluateView(project.project.view, state)) }));
    });
    const input = path.join(dir, "cases.json");
    writeFileSync(input, JSON.stringify(cases));
    const run = spawnSync("python3", [script, input], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe("");
    const outputs = JSON.parse(run.stdout) as unknown[];
    expect(outputs.map(normalizeWidget)).toEqual(cases.map((entry) => entry.expected));
  });
});

describe("createWidgetFile", () => {
  it.each(projects.map((project) => [project.name, project] as const))("%s: re-exporting the project gives its jsonSchema and preview, and our loader reads it", (name, project) => {
    const file = createWidgetFile({
      name: project.file.name,
      view: project.project.view,
      schema: project.project.schema as string,
      defaultState: project.project.defaultState,
    });
    expect(file.jsonSchema).toEqual(project.file.jsonSchema);
    expect(normalizeWidget(file.outputJsonPreview)).toEqual(normalizeWidget(project.file.outputJsonPreview));
    const reread = parseWidgetFile(JSON.stringify(file));
    expect(normalizeWidget(buildWidget(reread, project.project.defaultState))).toEqual(normalizeWidget(file.outputJsonPreview));
    const decoded = decodeEncodedWidget(reread.encodedWidget!);
    expect(decoded.kind).toBe("project");
    expect(decoded).toMatchObject({
      project: { name: project.file.name, view: project.project.view, defaultState: project.project.defaultState, schemaMode: "zod", jsonSchema: project.file.jsonSchema },
    });
    expect(name).toBeTruthy();
  });

  it("accepts a JSON Schema object and refuses a default state that does not match it", () => {
    const schema = { type: "object", properties: { title: { type: "string" } }, required: ["title"], additionalProperties: false };
    const file = createWidgetFile({ name: "greeting", view: `<Card><Text value={title} /></Card>`, schema, defaultState: { title: "Hi" } });
    expect(file.outputJsonPreview).toEqual({ type: "Card", children: [{ type: "Text", value: "Hi" }] });
    expect(decodeEncodedWidget(file.encodedWidget!)).toMatchObject({ project: { schemaMode: "json" } });
    expect(() => createWidgetFile({ name: "greeting", view: `<Card />`, schema, defaultState: { name: "Hi" } })).toThrow(WidgetStateError);
  });

  it("interprets zod sources without running them", () => {
    expect(jsonSchemaFromZodSource(`import { z } from "zod";\nexport default z.object({ n: z.number().int().min(0), s: z.string().nullable() });`)).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: {
        n: { type: "integer", minimum: 0, maximum: 9007199254740991 },
        s: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
      required: ["n", "s"],
      additionalProperties: false,
    });
    expect(() => jsonSchemaFromZodSource(`import { z } from "zod";\nexport default z.string().refine((s) => s.length > 1);`)).toThrow(
      expect.objectContaining({ line: 2, column: 34, reason: "functions (refine, transform, …) are code and are not supported in schema sources" }),
    );
    expect(() => jsonSchemaFromZodSource(`import fs from "node:fs";\nexport default fs;`)).toThrow(/schemas may import only from "zod"/);
    expect(() => jsonSchemaFromZodSource(`import { z } from "zod";\nexport default z.constructor.constructor("return process");`)).toThrow(/"constructor" cannot be used/);
  });
});
