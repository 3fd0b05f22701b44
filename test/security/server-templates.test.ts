// Templates cannot exhaust the process: every probe that used to crash Node (V8 fatal), run out of memory or
// run for minutes now ends quickly with a TemplateLimitError naming the limit; JavaScript's prototype names
// are not filters, tests, constants or methods.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEMPLATE_LIMITS,
  TemplateLimitError,
  TemplateRenderError,
  TemplateUndefinedError,
  TemplateUnsupportedError,
  buildWidget,
  parseWidgetFile,
  renderTemplate,
  type TemplateLimits,
} from "../../src/server/templates";

function limitOf(source: string, context: Record<string, unknown> = {}, limits?: Partial<TemplateLimits>): string {
  try {
    renderTemplate(source, context, { limits });
  } catch (error) {
    if (error instanceof TemplateLimitError) {
      expect(error.message).toContain(`Template limit ${error.limit} (${error.max}) exceeded`);
      return error.limit;
    }
    throw error;
  }
  throw new Error(`expected a TemplateLimitError from ${source}`);
}

describe("template limits (defaults)", () => {
  it("range is lazy: range(10**9)|length is 1000000000 without building a list", () => {
    expect(renderTemplate("{{ range(10**9)|length }}")).toBe("1000000000");
    expect(renderTemplate("{{ range(3) }}|{{ 2 in range(3) }}|{{ range(5)[-1] }}|{{ range(0, 10, 3)|list }}|{{ range(10**9) is iterable }}")).toBe(
      "range(0, 3)|True|4|[0, 3, 6, 9]|True",
    );
  });

  it.each([
    ["{% for i in range(10**9) %}{% endfor %}", "maxIterations"],
    ["{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}{% endfor %}{% endfor %}{% endfor %}", "maxIterations"],
    ["{{ range(10**9)|list|length }}", "maxSequenceLength"],
    ["{{ range(10**9)|join(',') }}", "maxSequenceLength"],
    ["{{ ([1]*10**8)|length }}", "maxSequenceLength"],
    ["{{ ('x'*3*10**8)|length }}", "maxStringLength"],
    ["{{ ('x'*1000)|replace('x', 'y'*10000) }}", "maxStringLength"],
    ["{{ ('x'*1000).replace('x', 'y'*10000) }}", "maxStringLength"],
    ["{{ (['x'*100000]*50)|join(',') }}", "maxStringLength"],
    ["{{ [['x'*100000]*20] }}", "maxStringLength"],
    ["{{ (['x'*100000]*20)|tojson }}", "maxStringLength"],
    ["{{ [[1]]|tojson(indent=' '*900000) }}", "maxStringLength"],
    ["{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}", "maxOutputLength"],
    ["{% set l = [] %}{{ l.append(l) or '' }}{{ l }}", "maxDepth"],
    ["{% set l = [] %}{{ l.append(l) or '' }}{{ l == l }}", "maxDepth"],
    ["{% set l = [] %}{{ l.append(l) or '' }}{{ l|tojson }}", "maxDepth"],
    ["{% set ns = namespace(l=[]) %}{% for i in range(1000) %}{% set _ = ns.l.append(big|upper) %}{% endfor %}", "maxTotalStringLength"],
  ])("%s → %s", (source, limit) => {
    expect(limitOf(source, { big: "x".repeat(900_000) })).toBe(limit);
  });

  it("bounds sizes that come from the data, not only from the template", () => {
    expect(limitOf("{% for i in range(n) %}{% endfor %}", { n: 1e12 })).toBe("maxIterations");
    expect(limitOf("{{ 'ab' * n }}", { n: 1e9 })).toBe("maxStringLength");
    expect(limitOf("{{ rows * n }}", { rows: [1, 2], n: 1e9 })).toBe("maxSequenceLength");
    expect(limitOf("{{ deep }}", { deep: JSON.parse("[".repeat(1000) + "]".repeat(1000)) })).toBe("maxDepth");
  });

  it("defaults leave real widget templates orders of magnitude of room", () => {
    expect(DEFAULT_TEMPLATE_LIMITS).toEqual({
      maxOutputLength: 1_000_000,
      maxStringLength: 1_000_000,
      maxSequenceLength: 100_000,
      maxIterations: 200_000,
      maxTotalStringLength: 20_000_000,
      maxDepth: 200,
    });
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}`, tags: ["a", "b", "c"] }));
    const source = '{"type":"ListView","children":[{% for row in rows %}{"type":"ListViewItem","key":{{ row.id|tojson }},"children":[{"type":"Text","value":{{ (row.title ~ " · " ~ row.tags|join(", "))|tojson }}}]}{{ "," if not loop.last else "" }}{% endfor %}]}';
    expect(JSON.parse(renderTemplate(source, { rows })).children).toHaveLength(1000);
  });
});

describe("template limits are configurable", () => {
  // [limit, template, limit value, an n that fits, an n that does not]
  it.each<[keyof TemplateLimits, string, number, number, number]>([
    ["maxIterations", "{% for i in range(n) %}{% endfor %}", 10, 10, 11],
    ["maxSequenceLength", "{{ range(n)|list|length }}", 10, 10, 11],
    ["maxStringLength", "{{ 'x' * n }}", 10, 10, 11],
    ["maxOutputLength", "{% for i in range(n) %}x{% endfor %}", 10, 10, 11],
    // Each turn counts a few characters (the built 'X', printing it, the loop collecting the body).
    ["maxTotalStringLength", "{% for i in range(n) %}{{ 'x'|upper }}{% endfor %}", 100, 10, 40],
    // n + 1 nested lists: the innermost is at depth n.
    ["maxDepth", "{{ v }}", 10, 10, 11],
  ])("%s", (limit, source, max, fits, overflows) => {
    const at = (n: number) => ({ n, v: JSON.parse("[".repeat(n + 1) + "]".repeat(n + 1)) });
    const limits = { [limit]: max };
    expect(() => renderTemplate(source, at(fits), { limits })).not.toThrow();
    expect(limitOf(source, at(overflows), limits)).toBe(limit);
  });

  it("buildWidget reports a crossed limit as a TemplateRenderError with reason limit", () => {
    const file = parseWidgetFile(JSON.stringify({ name: "Loop", version: "1.0", jsonSchema: {}, template: '{"type":"Card","children":[{% for i in range(n) %}{"type":"Text","value":"x"},{% endfor %}{"type":"Text","value":"end"}]}' }));
    expect(buildWidget(file, { n: 2 }, { validateData: false }).children).toHaveLength(3);
    try {
      buildWidget(file, { n: 1e9 }, { validateData: false, limits: { maxIterations: 1000 } });
      throw new Error("expected a limit error");
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateRenderError);
      expect((error as TemplateRenderError).reason).toBe("limit");
      expect((error as TemplateRenderError).cause).toBeInstanceOf(TemplateLimitError);
    }
  });
});

describe("JavaScript prototype names are not template names", () => {
  const names = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf"];

  it.each(names)("filter %s is unknown", (name) => {
    expect(() => renderTemplate(`{{ x|${name} }}`, { x: 1 })).toThrow(TemplateUnsupportedError);
    expect(() => renderTemplate(`{{ [1]|map('${name}')|list }}`)).toThrow(TemplateUnsupportedError);
  });

  it.each(names.filter((name) => name !== "__proto__"))("test %s is unknown", (name) => {
    expect(() => renderTemplate(`{{ x is ${name} }}`, { x: 1 })).toThrow(TemplateUnsupportedError);
    expect(() => renderTemplate(`{{ [1]|select('${name}')|list }}`)).toThrow(/No test named/);
  });

  it.each(names)("%s is no constant, and no method of strings, lists or dicts", (name) => {
    expect(() => renderTemplate(`{{ ${name} }}`)).toThrow(TemplateUndefinedError);
    for (const receiver of ["'text'", "[1]", "{'a': 1}", "name"]) {
      expect(() => renderTemplate(`{{ ${receiver}.${name}(1) }}`, { name: "n" })).toThrow(TemplateUndefinedError);
    }
  });

  it("name.constructor(1) no longer renders [1]", () => {
    expect(() => renderTemplate("{{ name.constructor(1) }}", { name: "n" })).toThrow("'name.constructor' is undefined ('str object' has no attribute 'constructor')");
  });
});

describe("work per item stays small", () => {
  it("indexing and slicing one long string in a loop does not copy it each time", () => {
    const s = "ab".repeat(500_000);
    expect(renderTemplate("{% for i in range(50000) %}{{ s[i] if i % 10000 == 0 else '' }}{% endfor %}|{{ s[-3:] }}", { s })).toBe("aaaaa|bab");
  });

  it("sorting long strings compares them without copying, in code-point order", () => {
    const words = Array.from({ length: 5000 }, (_, i) => "x".repeat(10_000) + String(i % 97));
    expect(renderTemplate("{{ (words|sort)[0][-2:] }}|{{ (words|sort)[-1][-2:] }}", { words })).toBe("x0|96");
    expect(renderTemplate("{{ ['\uffff', '\u{1F600}', 'a']|sort }}")).toBe("['a', '\uffff', '\u{1F600}']");
  });
});
