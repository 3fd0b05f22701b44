// Jinja2 features used by `.widget` templates; expected outputs follow CPython Jinja2 3.x with
// Environment(undefined=StrictUndefined) and its default whitespace settings.
import { describe, expect, it } from "vitest";
import {
  TemplateRuntimeError,
  TemplateSyntaxError,
  TemplateUndefinedError,
  TemplateUnsupportedError,
  renderTemplate as render,
} from "../../src/server/templates";

function undefinedName(source: string, context: Record<string, unknown> = {}): string {
  try {
    render(source, context);
  } catch (error) {
    if (error instanceof TemplateUndefinedError) return error.variable;
    throw error;
  }
  throw new Error("expected the template to refuse an undefined value");
}

describe("output and str()", () => {
  it("prints Python's str() of values", () => {
    expect(render("{{ a }}|{{ b }}|{{ c }}|{{ d }}|{{ e }}", { a: null, b: true, c: 2, d: 2.5, e: "x" })).toBe("None|True|2|2.5|x");
    expect(render("{{ [1, 'a', none, true] }}|{{ {'k': 'v'} }}|{{ (1, 2) }}")).toBe("[1, 'a', None, True]|{'k': 'v'}|(1, 2)");
    expect(render("{{ 4 / 2 }}|{{ 7 // 2 }}|{{ -7 // 2 }}|{{ -7 % 3 }}|{{ 1.0 }}|{{ 2 * 0.5 }}")).toBe("2.0|3|-4|2|1.0|1.0");
  });

  it("concatenates with ~ using str()", () => {
    expect(render('{{ n ~ " article" ~ ("" if n == 1 else "s") }}', { n: 2 })).toBe("2 articles");
    expect(render('{{ n ~ " article" ~ ("" if n == 1 else "s") }}', { n: 1 })).toBe("1 article");
    expect(render("{{ none ~ '/' ~ false ~ '/' ~ 0.1 }}")).toBe("None/False/0.1");
  });
});

describe("tojson", () => {
  it("is json.dumps with sorted keys, Python separators and ensure_ascii", () => {
    expect(render("{{ {'b': 1, 'a': [1, 2.0, none, true]} | tojson }}")).toBe('{"a": [1, 2.0, null, true], "b": 1}');
    expect(render("{{ v | tojson }}", { v: "Show details ↓ 😀" })).toBe('"Show details \\u2193 \\ud83d\\ude00"');
    expect(render("{{ v | tojson }}", { v: [] })).toBe("[]");
  });

  it("escapes <, >, & and ' for HTML", () => {
    expect(render("{{ v | tojson }}", { v: "<a href='x'>&</a>" })).toBe('"\\u003ca href=\\u0027x\\u0027\\u003e\\u0026\\u003c/a\\u003e"');
  });

  it("indents like json.dumps(indent=n)", () => {
    expect(render("{{ {'a': [1, 2], 'b': {}} | tojson(indent=2) }}")).toBe('{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}');
  });

  it("refuses an undefined value, naming it", () => {
    expect(undefinedName("{{ (item.name) | tojson }}", { item: { id: "x" } })).toBe("item.name");
    expect(undefinedName("{{ {'a': missing} | tojson }}")).toBe("missing");
  });
});

describe("set blocks, namespace, slicing", () => {
  it("captures a {% set %}…{% endset %} block and slices off the leading comma", () => {
    const source =
      "[{%- set _c -%}{%- for x in xs -%},{{ x | tojson }}{%- endfor -%}{%- endset -%}{{- (_c[1:] if _c and _c[0] == ',' else _c) -}}]";
    expect(render(source, { xs: [1, "a"] })).toBe('[1,"a"]');
    expect(render(source, { xs: [] })).toBe("[]");
  });

  it("keeps assignments inside a set block local to it", () => {
    expect(render("{% set x = 1 %}{% set b %}{% set x = 2 %}{{ x }}{% endset %}{{ b }}{{ x }}")).toBe("21");
  });

  it("collects into namespace() lists with .append and assigns namespace attributes", () => {
    const source =
      "{% set ns = namespace(items=[], count=0) %}{% for x in xs %}{% set _ = ns.items.append(x * 2) %}{% set ns.count = ns.count + 1 %}{% endfor %}{{ ns.items | tojson }} {{ ns.count }}";
    expect(render(source, { xs: [1, 2, 3] })).toBe("[2, 4, 6] 3");
  });

  it("does not leak loop assignments out of the loop", () => {
    expect(render("{% set x = 0 %}{% for i in [1, 2] %}{% set x = i %}{% endfor %}{{ x }}")).toBe("0");
  });

  it("slices lists and strings with Python rules", () => {
    expect(render("{{ s[1:] }}|{{ s[:-1] }}|{{ s[::-1] }}|{{ xs[1:3] }}|{{ xs[-1] }}", { s: "abc", xs: [1, 2, 3, 4] })).toBe(
      "bc|ab|cba|[2, 3]|4",
    );
  });
});

describe("conditions and operators", () => {
  it("evaluates inline if/else, or, and, not", () => {
    expect(render("{{ 'a' if x else 'b' }}{{ x or 'y' }}{{ 0 or none }}{{ x and 'z' }}{{ not x }}", { x: "" })).toBe("byNoneTrue");
    expect(render("{{ (items or none) | tojson }}", { items: [] })).toBe("null");
    expect(render("{{ sel and 'secondary' or 'warning' }}", { sel: true })).toBe("secondary");
  });

  it("compares like Python", () => {
    expect(render("{{ 1 == 1.0 }} {{ '1' == 1 }} {{ [1, {'a': 2}] == [1, {'a': 2}] }} {{ none == none }} {{ 'b' > 'a' }} {{ 2 >= 3 }}")).toBe(
      "True False True True True False",
    );
    expect(render("{{ 'a' in 'cat' }} {{ 2 in [1, 2] }} {{ 'k' in {'k': 1} }} {{ 3 not in [1] }}")).toBe("True True True True");
  });

  it("tests is none / is not none / is defined", () => {
    expect(render("{{ a is none }} {{ a is not none }} {{ b is defined }} {{ b is none }} {{ c is string }}", { a: null, c: "s" })).toBe(
      "True False False False True",
    );
  });

  it("uses default() for undefined values only (and falsy ones with boolean=true)", () => {
    expect(render("{{ missing | default('x') }}|{{ n | default('x') }}|{{ e | default('x', true) }}|{{ missing | d([]) | tojson }}", { n: null, e: "" })).toBe(
      "x|None|x|[]",
    );
    expect(render("{{ obj.missing | default('fallback') }}", { obj: {} })).toBe("fallback");
  });
});

describe("loops", () => {
  it("exposes loop.index, loop.first, loop.last and loop.length", () => {
    expect(render("{% for x in xs %}{{ loop.index }}{{ x }}{% if not loop.last %},{% endif %}{% endfor %}", { xs: ["a", "b", "c"] })).toBe("1a,2b,3c");
    expect(render("{% for x in xs %}{{ loop.first }}/{{ loop.length }} {% endfor %}", { xs: [1, 2] })).toBe("True/2 False/2 ");
  });

  it("renders the else block for an empty loop and filters with `if`", () => {
    expect(render("{% for x in xs %}{{ x }}{% else %}empty{% endfor %}", { xs: [] })).toBe("empty");
    expect(render("{% for x in xs if x > 1 %}{{ x }}{{ loop.length }}{% endfor %}", { xs: [1, 2, 3] })).toBe("2232");
  });

  it("resolves x.items to the dict method and x['items'] to the key, as Jinja2 does", () => {
    expect(render("{{ d['items'] | tojson }} {{ d.items() | length }}", { d: { items: [1] } })).toBe("[1] 1");
  });

  it("unpacks dict items", () => {
    expect(render("{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", { d: { a: 1, b: "x" } })).toBe("a=1;b=x;");
  });
});

describe("whitespace control", () => {
  it("strips with {%- and -%} and otherwise keeps Jinja2's defaults", () => {
    expect(render("a  {%- if true -%}  b  {%- endif -%}  c")).toBe("abc");
    expect(render("a\n{% if true %}\nb\n{% endif %}\nc\n")).toBe("a\n\nb\n\nc");
    expect(render("[\n  {{- x -}}\n]", { x: 1 })).toBe("[1]");
  });
});

describe("dict literals", () => {
  it("builds dicts (trailing commas allowed) and serialises them with sorted keys", () => {
    const source = '{%- set item = {\n  "type": "Text",\n  "value": v,\n  "nested": {"b": 1, "a": [v,]},\n} -%}{{ item | tojson }}';
    expect(render(source, { v: "x" })).toBe('{"nested": {"a": ["x"], "b": 1}, "type": "Text", "value": "x"}');
  });
});

describe("StrictUndefined", () => {
  it("refuses printing, testing truth, comparing, iterating and attribute access of undefined values", () => {
    expect(undefinedName("{{ missing }}")).toBe("missing");
    expect(undefinedName("{% if missing %}x{% endif %}")).toBe("missing");
    expect(undefinedName("{{ missing == 1 }}")).toBe("missing");
    expect(undefinedName("{% for x in missing %}{% endfor %}")).toBe("missing");
    expect(undefinedName("{{ missing.attr | default(1) }}")).toBe("missing");
    expect(undefinedName("{{ item.a.b }}", { item: {} })).toBe("item.a");
    expect(undefinedName("{{ items[3] }}", { items: [1] })).toBe("items[3]");
    expect(undefinedName("{{ 'x' ~ item['k'] }}", { item: {} })).toBe('item["k"]');
  });

  it("names the missing attribute in Jinja2's words", () => {
    expect(() => render("{{ item.name | tojson }}", { item: { id: 1 } })).toThrow("'dict object' has no attribute 'name'");
  });
});

describe("errors", () => {
  it("raises Python's TypeErrors", () => {
    expect(() => render("{{ 'a' + 1 }}")).toThrow(TemplateRuntimeError);
    expect(() => render("{{ 1 < 'a' }}")).toThrow("'<' not supported between instances of 'int' and 'str'");
    expect(() => render("{% for x in none %}{% endfor %}")).toThrow("'NoneType' object is not iterable");
  });

  it("refuses unknown filters and unsupported tags by name", () => {
    expect(() => render("{{ x | nosuchfilter }}", { x: 1 })).toThrow("No filter named 'nosuchfilter'");
    expect(() => render("{% for x in [1] %}{% break %}{% endfor %}")).toThrow(TemplateUnsupportedError);
  });

  it("reports templates that do not parse", () => {
    expect(() => render("{{ x ")).toThrow(TemplateSyntaxError);
  });
});
