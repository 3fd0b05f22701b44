/**
 * Design-token generator: tokens/*.json (W3C DTCG) → src/tokens/generated/{tokens.css,tokens.ts,icons.ts,iconChunks.ts,icons/glyphs-N.ts}.
 *
 *   npm run tokens          writes the files
 *   buildTokenFiles()       returns them in memory (the freshness test compares byte for byte)
 *
 * DTCG conventions used here (see tokens/README.md):
 *   - `$value` is the light value; `$extensions["chat-widgets"].dark` the dark one when it differs.
 *   - `{group.token}` references another token; `$root` names a group's own token (`surface.$root` → `--cw-surface`).
 *   - `$extensions["chat-widgets"]`: `alpha` (opacity applied to the referenced colour), `mix` (mix towards
 *     another colour), `override` (a custom property that replaces the value when set), `presets` (theme knobs).
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mix, parseHex, toCss, type Rgba } from "../src/tokens/color-math";
import { BUILTIN_ICON_BUCKETS, builtinIconBucket } from "../src/components/Icon/glyphBucket";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKENS_DIR = path.join(ROOT, "tokens");
const EXTENSION = "chat-widgets";

export const OUTPUT_FILES = {
  css: "src/tokens/generated/tokens.css",
  ts: "src/tokens/generated/tokens.ts",
  icons: "src/tokens/generated/icons.ts",
  iconChunks: "src/tokens/generated/iconChunks.ts",
  ...Object.fromEntries(Array.from({ length: BUILTIN_ICON_BUCKETS }, (_, bucket) => [`iconBucket${bucket}`, iconBucketFile(bucket)])),
} as const;

/** The generated module holding the built-in glyphs of one bucket (`builtinIconBucket`). */
function iconBucketFile(bucket: number): string {
  return `src/tokens/generated/icons/glyphs-${bucket}.ts`;
}

const HEADER_LINES = [
  "generated — do not edit.",
  "Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).",
];

type Theme = "light" | "dark";
const THEMES: Theme[] = ["light", "dark"];

interface Extension {
  dark?: unknown;
  alpha?: number;
  mix?: { with: string; dark?: string; amount: number };
  override?: string;
  presets?: Record<string, unknown>;
}

interface Token {
  /** JSON path, e.g. ["color", "gray", "500"]. */
  path: string[];
  /** Token name without prefix, e.g. "gray-500", "text-secondary", "surface". */
  name: string;
  type: string;
  description?: string;
  value: unknown;
  ext: Extension;
  /** The group the token sits in (its parent's `$extensions`, for presets). */
  groupExt: Extension;
}

// ---------------------------------------------------------------------------------------------
// Reading

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tokenName(tokenPath: string[]): string {
  const parts = tokenPath.filter((part) => part !== "$root");
  if (parts[0] === "color") parts.shift(); // palettes are --cw-gray-500, not --cw-color-gray-500
  return parts.join("-");
}

function extensionOf(node: Record<string, unknown>): Extension {
  const extensions = node.$extensions;
  return isObject(extensions) && isObject(extensions[EXTENSION]) ? (extensions[EXTENSION] as Extension) : {};
}

function collect(node: Record<string, unknown>, nodePath: string[], inheritedType: string | undefined, out: Token[]) {
  const type = typeof node.$type === "string" ? node.$type : inheritedType;
  const groupExt = extensionOf(node);
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith("$") && key !== "$root") continue;
    if (!isObject(child)) continue;
    const childPath = [...nodePath, key];
    if ("$value" in child) {
      const childType = typeof child.$type === "string" ? child.$type : type;
      if (!childType) throw new Error(`token ${childPath.join(".")} has no $type`);
      out.push({
        path: childPath,
        name: tokenName(childPath),
        type: childType,
        description: typeof child.$description === "string" ? child.$description : undefined,
        value: child.$value,
        ext: extensionOf(child),
        groupExt,
      });
    } else {
      collect(child, childPath, type, out);
    }
  }
}

export async function readTokens(dir = TOKENS_DIR): Promise<Token[]> {
  // Fixed file order keeps the output stable; icon.json has its own format.
  const order = ["color.json", "semantic.json", "control.json", "size.json", "typography.json", "motion.json"];
  const present = (await readdir(dir)).filter((file) => file.endsWith(".json") && file !== "icon.json");
  const unknown = present.filter((file) => !order.includes(file));
  if (unknown.length > 0) throw new Error(`tokens/${unknown.join(", ")}: add the file to the generator's order`);
  const tokens: Token[] = [];
  for (const file of order) {
    const json = JSON.parse(await readFile(path.join(dir, file), "utf8")) as Record<string, unknown>;
    collect(json, [], undefined, tokens);
  }
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token.name)) throw new Error(`duplicate token name ${token.name}`);
    seen.add(token.name);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Resolving

const REFERENCE = /^\{([^{}]+)\}$/;

function referenceOf(value: unknown): string | undefined {
  return typeof value === "string" ? REFERENCE.exec(value)?.[1] : undefined;
}

class TokenSet {
  readonly byPath = new Map<string, Token>();
  constructor(readonly tokens: Token[]) {
    for (const token of tokens) {
      this.byPath.set(token.path.join("."), token);
      // `{surface}` may stand for `{surface.$root}`.
      if (token.path.at(-1) === "$root") this.byPath.set(token.path.slice(0, -1).join("."), token);
    }
  }

  get(reference: string): Token {
    const token = this.byPath.get(reference);
    if (!token) throw new Error(`unknown token reference {${reference}}`);
    return token;
  }

  /** The raw value for a theme (dark falls back to light). */
  raw(token: Token, theme: Theme): unknown {
    return theme === "dark" && token.ext.dark !== undefined ? token.ext.dark : token.value;
  }

  /** The token a theme's value points at, if it is a plain reference. */
  referenced(token: Token, theme: Theme): Token | undefined {
    const reference = referenceOf(this.raw(token, theme));
    return reference ? this.get(reference) : undefined;
  }

  color(token: Token, theme: Theme, depth = 0): Rgba {
    if (depth > 20) throw new Error(`reference cycle at ${token.name}`);
    const raw = this.raw(token, theme);
    const reference = referenceOf(raw);
    let color: Rgba;
    if (reference) color = this.color(this.get(reference), theme, depth + 1);
    else {
      const parsed = typeof raw === "string" ? parseHex(raw) : undefined;
      if (!parsed) throw new Error(`${token.name}: colour ${JSON.stringify(raw)} is not a hex colour or reference`);
      color = parsed;
    }
    if (token.ext.alpha !== undefined) color = { ...color, a: color.a * token.ext.alpha };
    if (token.ext.mix) {
      const withRef = theme === "dark" && token.ext.mix.dark ? token.ext.mix.dark : token.ext.mix.with;
      color = mix(color, this.color(this.get(referenceOf(withRef) ?? withRef), theme, depth + 1), token.ext.mix.amount);
    }
    return color;
  }

  /** A non-colour value for a theme, with references resolved. */
  plain(token: Token, theme: Theme, depth = 0): unknown {
    if (depth > 20) throw new Error(`reference cycle at ${token.name}`);
    const raw = this.raw(token, theme);
    const reference = referenceOf(raw);
    if (reference) return this.plain(this.get(reference), theme, depth + 1);
    if (isObject(raw)) {
      // Composite values (typography, shadow) may reference other tokens per field; dark extension is partial.
      const base = theme === "dark" && isObject(token.ext.dark) ? { ...(token.value as object), ...token.ext.dark } : raw;
      return Object.fromEntries(
        Object.entries(base).map(([key, field]) => {
          const fieldRef = referenceOf(field);
          return [key, fieldRef ? this.plain(this.get(fieldRef), theme, depth + 1) : field];
        }),
      );
    }
    return raw;
  }
}

// ---------------------------------------------------------------------------------------------
// CSS values

const cssVar = (name: string) => `--cw-${name}`;
const useVar = (name: string) => `var(${cssVar(name)})`;

function fontFamilyCss(families: unknown): string {
  if (!Array.isArray(families)) return String(families);
  const generic = new Set(["serif", "sans-serif", "monospace", "system-ui", "ui-sans-serif", "ui-monospace", "ui-serif", "cursive"]);
  return families
    .map((family: string) => (generic.has(family) || /^-?[a-z][a-z0-9-]*$/i.test(family) ? family : `"${family}"`))
    .join(", ");
}

/**
 * A colour token's value in one theme: a reference (`var(--cw-…)`) or a resolved colour, wrapped in the token's
 * `mix` and `override`. With `pieces`, the parts that differ per theme are read from the private properties
 * `themePieces()` declares (for rules that are not tied to one theme, like the accent re-declaration).
 */
function colorCss(set: TokenSet, token: Token, theme: Theme, pieces = false): string {
  let value = baseColorCss(set, token, theme);
  if (pieces && value !== baseColorCss(set, token, otherTheme(theme))) value = useVar(`${token.name}-default`);
  if (token.ext.mix) {
    const { amount } = token.ext.mix;
    let towards = mixTowardsCss(set, token, theme);
    if (pieces && towards !== mixTowardsCss(set, token, otherTheme(theme))) towards = useVar(`${token.name}-mix`);
    value = `color-mix(in srgb, ${value} ${round((1 - amount) * 100)}%, ${towards})`;
  }
  if (token.ext.override) value = `var(${token.ext.override}, ${value})`;
  return value;
}

const otherTheme = (theme: Theme): Theme => (theme === "light" ? "dark" : "light");

function baseColorCss(set: TokenSet, token: Token, theme: Theme): string {
  const reference = referenceOf(set.raw(token, theme));
  // Translucent tints are written out resolved: the referenced colour is opaque and fixed per theme.
  if (token.ext.alpha !== undefined || !reference) return toCss(set.color({ ...token, ext: { ...token.ext, mix: undefined } }, theme));
  return useVar(set.get(reference).name);
}

function mixTowardsCss(set: TokenSet, token: Token, theme: Theme): string {
  const mixSpec = token.ext.mix!;
  const reference = theme === "dark" && mixSpec.dark ? mixSpec.dark : mixSpec.with;
  return useVar(set.get(referenceOf(reference) ?? reference).name);
}

/** Private per-theme properties an accent-dependent token reads in place of its theme-specific parts. */
function themePieces(set: TokenSet, token: Token, theme: Theme): [string, string][] {
  if (token.type !== "color") return [];
  const pieces: [string, string][] = [];
  const base = baseColorCss(set, token, theme);
  if (base !== baseColorCss(set, token, otherTheme(theme))) pieces.push([cssVar(`${token.name}-default`), base]);
  if (token.ext.mix) {
    const towards = mixTowardsCss(set, token, theme);
    if (towards !== mixTowardsCss(set, token, otherTheme(theme))) pieces.push([cssVar(`${token.name}-mix`), towards]);
  }
  return pieces;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** `x y blur spread colour` in one theme. */
function shadowCss(set: TokenSet, token: Token, theme: Theme): string {
  const light = set.plain(token, "light") as Record<string, string>;
  const value = set.plain(token, theme) as Record<string, string>;
  return `${light.offsetX} ${light.offsetY} ${light.blur} ${light.spread} ${toCss(parseHex(value.color)!)}`;
}

/** Custom properties a token contributes in a theme: most give one, typography gives size and line height. */
function declarations(set: TokenSet, token: Token, theme: Theme = "light", pieces = false): [string, string][] {
  switch (token.type) {
    case "color":
      return [[cssVar(token.name), colorCss(set, token, theme, pieces)]];
    case "typography": {
      const value = set.plain(token, "light") as { fontSize: string; lineHeight: string };
      return [
        [cssVar(`font-size-${token.path.at(-1)}`), value.fontSize],
        [cssVar(`line-height-${token.path.at(-1)}`), value.lineHeight],
      ];
    }
    case "shadow":
      return [[cssVar(token.name), shadowCss(set, token, theme)]];
    case "fontFamily":
      return [[cssVar(token.name), fontFamilyCss(set.plain(token, "light"))]];
    case "cubicBezier": {
      const points = set.plain(token, "light") as number[];
      return [[cssVar(token.name), `cubic-bezier(${points.join(", ")})`]];
    }
    default:
      return [[cssVar(token.name), String(set.plain(token, "light"))]];
  }
}

/** Tokens whose value reads a custom property a consumer may set below :root (the accent), directly or through another. */
function overrideDependents(set: TokenSet): Set<Token> {
  const dependent = new Set<Token>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const token of set.tokens) {
      if (dependent.has(token)) continue;
      const references = [
        ...THEMES.map((theme) => referenceOf(set.raw(token, theme))),
        referenceOf(token.ext.mix?.with),
        referenceOf(token.ext.mix?.dark),
      ].filter((reference): reference is string => reference !== undefined);
      if (token.ext.override || references.some((reference) => dependent.has(set.get(reference)))) {
        dependent.add(token);
        changed = true;
      }
    }
  }
  return dependent;
}

/**
 * Tokens that must be declared again at every theme boundary: those whose value differs per theme, and those
 * that reference one (a custom property inherits its *computed* value, with var() already substituted, so
 * `--cw-text-prose: var(--cw-gray-900)` keeps the outer theme's grey unless it is declared again).
 */
function themeDependents(set: TokenSet, candidates: Token[]): Set<Token> {
  const themed = new Set<Token>();
  const names = new Set<string>();
  const valueOf = (token: Token, theme: Theme) => declarations(set, token, theme).map(([, value]) => value).join(";");
  for (const token of candidates) {
    if (valueOf(token, "light") !== valueOf(token, "dark")) {
      themed.add(token);
      for (const [property] of declarations(set, token)) names.add(property);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const token of candidates) {
      if (themed.has(token)) continue;
      const used = [...valueOf(token, "light").matchAll(/var\((--cw-[a-z0-9-]+)/g)].map((match) => match[1]);
      if (used.some((name) => names.has(name))) {
        themed.add(token);
        for (const [property] of declarations(set, token)) names.add(property);
        changed = true;
      }
    }
  }
  return themed;
}

function rule(selector: string, body: [string, string][], comment?: string): string {
  const lines = body.map(([property, value]) => `  ${property}: ${value};`);
  return `${comment ? `/* ${comment} */\n` : ""}${selector} {\n${lines.join("\n")}\n}`;
}

/** Selector of each theme's block; light is also the default at the document root. */
export const THEME_SELECTORS: Record<Theme, string> = {
  light: ':where(:root, :host, [data-cw-theme="light"])',
  dark: ':where([data-cw-theme="dark"])',
};

function buildCss(set: TokenSet): string {
  const accentDependent = overrideDependents(set);
  const plain = set.tokens.filter((token) => !accentDependent.has(token));
  const themed = themeDependents(set, plain);
  const base = plain.filter((token) => !themed.has(token)).flatMap((token) => declarations(set, token));
  const perTheme = (theme: Theme) => [
    ...plain.filter((token) => themed.has(token)).flatMap((token) => declarations(set, token, theme)),
    ...[...accentDependent].flatMap((token) => themePieces(set, token, theme)),
  ];
  const accent = [...accentDependent].flatMap((token) => declarations(set, token, "light", true));

  const radius = set.tokens.filter((token) => token.path[0] === "radius");
  const radiusPresets = (radius[0]?.groupExt.presets ?? {}) as Record<string, { scale: number; full: string }>;
  const density = set.get("density");
  const densityPresets = (density.ext.presets ?? {}) as Record<string, number>;

  const blocks = [
    `/* ${HEADER_LINES.join("\n   ")} */`,
    rule(":where(:root, :host)", base, "Tokens that are the same in both themes."),
    rule(
      THEME_SELECTORS.light,
      perTheme("light"),
      "Theme blocks: every colour that differs per theme, or reads one that does, declared again at each data-cw-theme " +
        "(nestable at any depth; an element without data-cw-theme inherits the values around it). Plain values, no " +
        "light-dark(): CSS minifiers lower light-dark() inside custom properties into invalid values.",
    ),
    rule(THEME_SELECTORS.dark, perTheme("dark")),
    // Not on :root: a page's own color-scheme (or <meta name="color-scheme">) stays the page's.
    rule('[data-cw-theme="light"]', [["color-scheme", "light"]], "Native parts (scrollbars, form controls) and inline light-dark() follow the theme."),
    rule('[data-cw-theme="dark"]', [["color-scheme", "dark"]]),
    rule(
      ':where(:root, :host, .cw-root, [data-cw-theme], [style*="--cw-accent"])',
      accent,
      "Primary control colours read --cw-accent / --cw-accent-foreground: declared again wherever those may be set, so a nested accent applies (theme-specific parts come from the theme blocks).",
    ),
    rule(
      ":where(.cw-root, [data-cw-theme])",
      [["color", useVar("text-prose")]],
      "Text colour is resolved per element, so each theme boundary sets it again.",
    ),
    rule(":where(.cw-root)", [
      ["font-family", useVar("font-family")],
      ["font-size", useVar("font-size-text-md")],
      ["line-height", useVar("line-height-text-md")],
      ["-webkit-font-smoothing", "antialiased"],
      ["-moz-osx-font-smoothing", "grayscale"],
    ]),
    ...Object.entries(radiusPresets).map(([preset, { scale, full }], index) =>
      rule(
        `[data-cw-radius="${preset}"]`,
        radius.map((token) => {
          const key = token.path.at(-1)!;
          const px = parseFloat(String(token.value));
          const value = key === "full" ? full : key === "none" ? "0px" : `${round(px * scale)}px`;
          return [cssVar(token.name), value] as [string, string];
        }),
        index === 0 ? "Radius knob: pill (default) | round | soft | sharp." : undefined,
      ),
    ),
    ...Object.entries(densityPresets).map(([preset, factor], index) =>
      rule(`[data-cw-density="${preset}"]`, [[cssVar("density"), String(factor)]], index === 0 ? "Density knob." : undefined),
    ),
  ];
  return `${blocks.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// TypeScript

const stepsOf = (set: TokenSet, group: string, type?: string) =>
  set.tokens.filter((token) => token.path[0] === group && (!type || token.type === type)).map((token) => token.path.at(-1)!);

function constList(name: string, values: readonly string[], typeName: string | undefined, doc: string): string {
  const items = values.map((value) => JSON.stringify(value)).join(", ");
  const list = `/** ${doc} */\nexport const ${name} = [${items}] as const;`;
  return typeName ? `${list}\nexport type ${typeName} = (typeof ${name})[number];` : list;
}

interface TokenRecord {
  name: string;
  cssVar: string;
  group: string;
  type: string;
  light: string;
  dark: string;
  lightRef?: string;
  darkRef?: string;
  description?: string;
}

function recordOf(set: TokenSet, token: Token): TokenRecord[] {
  const group = token.path[0] === "color" ? "palette" : token.path[0];
  const common = { group, type: token.type, ...(token.description ? { description: token.description } : {}) };
  if (token.type === "color") {
    const light = toCss(set.color(token, "light"));
    const dark = toCss(set.color(token, "dark"));
    const refs =
      token.ext.alpha === undefined && !token.ext.mix
        ? { lightRef: set.referenced(token, "light")?.name, darkRef: set.referenced(token, "dark")?.name }
        : {};
    const cleanRefs = Object.fromEntries(Object.entries(refs).filter(([, value]) => value !== undefined));
    return [{ name: token.name, cssVar: cssVar(token.name), ...common, light, dark, ...cleanRefs }];
  }
  if (token.type === "typography") {
    const step = token.path.at(-1)!;
    const value = set.plain(token, "light") as { fontSize: string; lineHeight: string; fontWeight: number };
    const summary = `${value.fontSize}/${value.lineHeight} ${value.fontWeight}`;
    return [{ name: step, cssVar: cssVar(`font-size-${step}`), ...common, light: summary, dark: summary }];
  }
  const [[property, value]] = declarations(set, token);
  if (token.type === "shadow") {
    return [{ name: token.name, cssVar: property, ...common, light: shadowCss(set, token, "light"), dark: shadowCss(set, token, "dark") }];
  }
  return [{ name: token.name, cssVar: property, ...common, light: value, dark: value }];
}

function buildTs(set: TokenSet, iconNames: string[]): string {
  const names = (prefix: string) =>
    set.tokens.filter((token) => token.path[0] === prefix).map((token) => token.path.slice(1).filter((part) => part !== "$root"));
  const palette = set.tokens.filter((token) => token.path[0] === "color" && token.path.at(-1) !== "$root").map((token) => token.name);
  const hues = set.tokens.filter((token) => token.path[0] === "color" && token.path.at(-1) === "$root").map((token) => token.name);
  const controlColors = [...new Set(names("control").map((parts) => parts[0]))];
  const controlVariants = [...new Set(names("control").map((parts) => parts[1]))];
  const controlParts = [...new Set(names("control").map((parts) => parts[2]))];
  const radiusPresets = Object.keys(set.tokens.find((token) => token.path[0] === "radius")?.groupExt.presets ?? {});
  const densityPresets = Object.keys(set.get("density").ext.presets ?? {});
  const records = set.tokens.flatMap((token) => recordOf(set, token));

  const sections = [
    `// ${HEADER_LINES.join("\n// ")}`,
    constList("ICON_NAMES", iconNames, "IconName", "ChatKit WidgetIcon names (63) plus `clock`."),
    constList("TEXT_COLORS", names("text").map((parts) => parts.join("-")), "TextColorToken", "Text colour tokens → `--cw-text-{name}`."),
    constList(
      "SURFACE_COLORS",
      set.tokens.filter((token) => token.path[0] === "surface").map((token) => token.name),
      "SurfaceColorToken",
      "Background tokens → `--cw-{name}`.",
    ),
    constList("BORDER_COLORS", names("border").map((parts) => parts.join("-")), "BorderColorToken", "Border colour tokens → `--cw-border-{name}`."),
    constList("PALETTE_COLORS", palette, "PaletteColorToken", "Primitive colours a widget may name → `--cw-{name}`."),
    constList("HUE_NAMES", hues, "HueName", "Bare hue names (charts, `color=\"blue\"`) → `--cw-{hue}`."),
    "/** Every colour token name a widget may write. */\nexport type ColorToken = TextColorToken | SurfaceColorToken | BorderColorToken | PaletteColorToken | HueName;",
    constList("RADIUS_TOKENS", stepsOf(set, "radius"), "RadiusToken", "Radius tokens → `--cw-radius-{name}` (`100%` is a literal, not a token)."),
    constList("RADIUS_PRESETS", radiusPresets, "RadiusPreset", "Values of `data-cw-radius`."),
    constList("DENSITY_PRESETS", densityPresets, "DensityPreset", "Values of `data-cw-density`."),
    constList("CONTROL_SIZES", stepsOf(set, "control-height"), "ControlSizeToken", "Control heights → `--cw-control-height-{size}`."),
    constList("GUTTER_SIZES", stepsOf(set, "gutter", "dimension"), "GutterSizeToken", "Control gutters → `--cw-gutter-{size}`."),
    constList("ICON_SIZES", stepsOf(set, "icon-size"), "IconSizeToken", "Icon sizes → `--cw-icon-size-{size}`."),
    [
      "/** Attributes for the wrapping <svg> (React prop names): outline glyphs stroke `currentColor`; filled parts set their own fill. */",
      "export const ICON_SVG_PROPS = {",
      '  xmlns: "http://www.w3.org/2000/svg",',
      '  viewBox: "0 0 24 24",',
      '  fill: "none",',
      '  stroke: "currentColor",',
      "  strokeWidth: 2,",
      '  strokeLinecap: "round",',
      '  strokeLinejoin: "round",',
      "} as const;",
    ].join("\n"),
    constList("CARD_SIZES", stepsOf(set, "card-width"), "CardSizeToken", "Card widths → `--cw-card-width-{size}`."),
    constList("TYPE_SCALE", stepsOf(set, "type"), "TypeScaleToken", "Type scale → `--cw-font-size-{step}`, `--cw-line-height-{step}`."),
    constList("FONT_WEIGHTS", stepsOf(set, "font-weight"), "FontWeightToken", "Font weights → `--cw-font-weight-{name}`."),
    constList("CONTROL_COLORS", controlColors, "ControlColorToken", "Button/Badge colours → `--cw-control-{color}-{variant}-{part}`."),
    constList("CONTROL_VARIANTS", controlVariants, "ControlVariantToken", "Button/Badge variants."),
    constList("CONTROL_PARTS", controlParts, "ControlPartToken", "What each control colour token paints."),
    [
      "/** One token as documentation data: resolved light and dark values (CSS), and the palette token each points at. */",
      "export interface TokenInfo {",
      "  readonly name: string;",
      "  readonly cssVar: string;",
      "  readonly group: string;",
      "  readonly type: string;",
      "  readonly light: string;",
      "  readonly dark: string;",
      "  readonly lightRef?: string;",
      "  readonly darkRef?: string;",
      "  readonly description?: string;",
      "}",
    ].join("\n"),
    `/** All tokens, in source order (for the Foundations pages and tests). */\nexport const TOKENS: readonly TokenInfo[] = [\n${records
      .map((record) => `  ${JSON.stringify(record)},`)
      .join("\n")}\n];`,
  ];
  return `${sections.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// Icons

type IconNode = [string, Record<string, string>];
interface IconSource {
  lucide?: string;
  fill?: boolean;
  add?: IconNode[];
  nodes?: IconNode[];
  note?: string;
}

async function lucideNodes(name: string): Promise<IconNode[]> {
  const file = path.join(ROOT, "node_modules/lucide/dist/esm/icons", `${name}.mjs`);
  let module: { default: IconNode[] };
  try {
    module = (await import(pathToFileURL(file).href)) as { default: IconNode[] };
  } catch {
    throw new Error(`tokens/icon.json: Lucide has no icon "${name}"`);
  }
  return module.default.map(([tag, attrs]) => [tag, { ...attrs }]);
}

export async function readIcons(dir = TOKENS_DIR): Promise<Record<string, IconSource>> {
  const json = JSON.parse(await readFile(path.join(dir, "icon.json"), "utf8")) as { icons: Record<string, IconSource> };
  return json.icons;
}

/**
 * The built-in glyphs: one module per bucket (`builtinIconBucket`; the Icon loads the bucket of the name it draws),
 * the loader table of those modules, and `icons.ts`, which holds the types and every glyph together (`ICON_GLYPHS`).
 */
async function buildIcons(icons: Record<string, IconSource>): Promise<Record<string, string>> {
  const buckets: string[][] = Array.from({ length: BUILTIN_ICON_BUCKETS }, () => []);
  for (const [name, source] of Object.entries(icons)) {
    let nodes: IconNode[];
    if (source.nodes) nodes = source.nodes;
    else if (source.lucide) {
      nodes = await lucideNodes(source.lucide);
      if (source.fill) nodes = nodes.map(([tag, attrs]) => [tag, { ...attrs, fill: "currentColor" }]);
      nodes = [...nodes, ...(source.add ?? [])];
    } else throw new Error(`tokens/icon.json: ${name} needs "lucide" or "nodes"`);
    const origin = source.nodes ? "drawn for chat-widgets" : `lucide:${source.lucide}${source.fill ? " (filled)" : ""}${source.add ? " + additions" : ""}`;
    const body = nodes.map((node) => `    ${JSON.stringify(node)},`).join("\n");
    buckets[builtinIconBucket(name)]!.push(`  // ${origin}\n  ${JSON.stringify(name)}: [\n${body}\n  ],`);
  }
  const header = [`// ${HEADER_LINES.join("\n// ")}`, "// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.", ""];
  const files: Record<string, string> = {};
  buckets.forEach((entries, bucket) => {
    files[iconBucketFile(bucket)] = [
      ...header,
      'import type { IconGlyph } from "../icons";',
      "",
      `/** The built-in glyphs whose names fall in bucket ${bucket} (\`builtinIconBucket\`). */`,
      "const glyphs: Readonly<Record<string, IconGlyph>> = {",
      ...entries,
      "};",
      "export default glyphs;",
      "",
    ].join("\n");
  });
  files[OUTPUT_FILES.iconChunks] = [
    `// ${HEADER_LINES.join("\n// ")}`,
    "",
    "/** Loads the built-in glyphs of one bucket (index: `builtinIconBucket(name)`), each a chunk of its own. */",
    "export const ICON_GLYPH_CHUNKS = [",
    ...buckets.map((_, bucket) => `  () => import("./icons/glyphs-${bucket}"),`),
    "] as const;",
    "",
  ].join("\n");
  files[OUTPUT_FILES.icons] = [
    `// ${HEADER_LINES.join("\n// ")}`,
    "",
    'import type { IconName } from "./tokens";',
    ...buckets.map((_, bucket) => `import glyphs${bucket} from "./icons/glyphs-${bucket}";`),
    "",
    "/** One SVG child element: tag and attributes (names valid both in SVG markup and as React props). */",
    "export type IconNode = readonly [tag: string, attributes: Readonly<Record<string, string>>];",
    "/** The children of a 24×24 SVG. */",
    "export type IconGlyph = readonly IconNode[];",
    "",
    "// Beside the glyphs for those who read them together; it lives with the eager tokens, which the Icon itself imports.",
    'export { ICON_SVG_PROPS } from "./tokens";',
    "",
    "/** Every built-in glyph, by name (the Icon loads them by bucket instead: `ICON_GLYPH_CHUNKS`). */",
    `export const ICON_GLYPHS = { ${buckets.map((_, bucket) => `...glyphs${bucket}`).join(", ")} } as Record<IconName, IconGlyph>;`,
    "",
  ].join("\n");
  return files;
}

// ---------------------------------------------------------------------------------------------

/** All generated files, keyed by path relative to the repository root. */
export async function buildTokenFiles(dir = TOKENS_DIR): Promise<Record<string, string>> {
  const set = new TokenSet(await readTokens(dir));
  const icons = await readIcons(dir);
  return {
    [OUTPUT_FILES.css]: buildCss(set),
    [OUTPUT_FILES.ts]: buildTs(set, Object.keys(icons)),
    ...(await buildIcons(icons)),
  };
}

async function main() {
  const files = await buildTokenFiles();
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(ROOT, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    console.log(`wrote ${file} (${content.length} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
