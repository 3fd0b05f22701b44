// Seeded instances of a JSON Schema (the subset Widget Builder exports use), biased towards the values
// that break templates: missing optionals, empty arrays, long strings, unicode, quotes, braces, `</`.

type Schema = Record<string, unknown>;

/** mulberry32: a small seeded PRNG, so a failing state can be reproduced from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD = [
  "",
  "plain",
  'quote " and \' apostrophe',
  "{{ 7*7 }} and {% if true %}x{% endif %} {# c #}",
  "</script><img src=x onerror=alert(1)>",
  "back\\slash\nnew line\ttab",
  "emoji 🐈‍⬛ 🚀, CJK 漢字, RTL שלום, combining é",
  "}} ]} \"}]",
  "null",
  "true",
  "0",
  "  spaced  ",
];

export function generate(schema: Schema, random: () => number, depth = 0): unknown {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  if (Array.isArray(schema.enum)) return pick(schema.enum);
  if ("const" in schema) return schema.const;
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options) return generate(pick(options), random, depth);
  const type = Array.isArray(schema.type) ? pick(schema.type as string[]) : (schema.type as string | undefined);
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
        if (!required.has(key) && random() < 0.4) continue;
        out[key] = generate(sub, random, depth + 1);
      }
      return out;
    }
    case "array": {
      const min = (schema.minItems as number | undefined) ?? 0;
      const roll = random();
      const length = Math.max(min, roll < 0.2 ? 0 : roll < 0.8 ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 5));
      return Array.from({ length }, () => generate((schema.items as Schema) ?? {}, random, depth + 1));
    }
    case "string": {
      const min = (schema.minLength as number | undefined) ?? 0;
      if (schema.format === "uri" || schema.format === "url") {
        return `https://example.com/${encodeURIComponent(pick(AWKWARD))}?q=${Math.floor(random() * 1000)}`;
      }
      let text = random() < 0.1 ? "long ".repeat(200) + "end" : pick(AWKWARD);
      if (random() < 0.3) text = `${pick(AWKWARD)} ${pick(AWKWARD)}`;
      while (text.length < min) text += "x";
      return text;
    }
    case "integer": {
      const min = (schema.minimum as number | undefined) ?? -1000;
      const max = Math.min((schema.maximum as number | undefined) ?? 1000, min + 2000);
      return pick([min, min + 1, Math.floor(min + random() * (max - min)), max]);
    }
    case "number": {
      const min = (schema.minimum as number | undefined) ?? -1000;
      return Math.round((min + random() * 2000) * 100) / 100;
    }
    case "boolean":
      return random() < 0.5;
    case "null":
      return null;
    default:
      return depth > 3 ? null : pick(["text", 1, true, null]);
  }
}

/**
 * A state for `schema` from `seed`; half of the time one string value is copied over another, so that
 * equality tests in views (`selected === item.id`) see both outcomes.
 */
export function generateState(schema: Schema, seed: number): Record<string, unknown> {
  const random = prng(seed);
  const state = generate(schema, random) as Record<string, unknown>;
  if (random() < 0.5) {
    const leaves: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach((item, index) => (typeof item === "string" ? leaves.push({ holder: value, key: index }) : walk(item)));
      else if (value && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) {
          if (typeof item === "string") leaves.push({ holder: value as Record<string, unknown>, key });
          else walk(item);
        }
      }
    };
    walk(state);
    if (leaves.length >= 2) {
      const from = leaves[Math.floor(random() * leaves.length)]!;
      const to = leaves[Math.floor(random() * leaves.length)]!;
      (to.holder as Record<string, unknown>)[to.key as string] = (from.holder as Record<string, unknown>)[from.key as string];
    }
  }
  return state;
}
