import { useLayoutEffect, useState, type CSSProperties, type RefObject } from "react";

/** The attributes that theme a subtree (tokens.css): `data-cw-theme`, `data-cw-radius`, `data-cw-density`. */
export const THEME_ATTRIBUTES = ["data-cw-theme", "data-cw-radius", "data-cw-density"] as const;

/** Custom properties a host may set inline on any ancestor (the accent knob, see docs/architecture.md). */
const THEME_PROPERTIES = ["--cw-accent", "--cw-accent-foreground"] as const;

type ThemeAttribute = (typeof THEME_ATTRIBUTES)[number];

/**
 * What a portalled popover spreads onto its content so that it looks like the control that opened it:
 * the nearest `data-cw-theme` / `data-cw-radius` / `data-cw-density` above the opener, and the accent
 * (`--cw-accent`, `--cw-accent-foreground`) in `style` when the opener's subtree sets one.
 */
export type OpenerThemeProps = Partial<Record<ThemeAttribute, string>> & { style?: CSSProperties };

/**
 * Reads the theme of `opener`'s subtree (see `OpenerThemeProps`). Attributes that no ancestor sets are left
 * out, so content portalled to `<body>` then inherits the page's theme as before. `null` gives `{}`.
 */
export function readOpenerTheme(opener: Element | null): OpenerThemeProps {
  const props: OpenerThemeProps = {};
  if (!opener) return props;
  for (const name of THEME_ATTRIBUTES) {
    const value = opener.closest(`[${name}]`)?.getAttribute(name);
    if (value) props[name] = value;
  }
  const computed = getComputedStyle(opener);
  let style: Record<string, string> | undefined;
  for (const name of THEME_PROPERTIES) {
    const value = computed.getPropertyValue(name).trim();
    if (value) (style ??= {})[name] = value;
  }
  if (style) props.style = style as CSSProperties;
  return props;
}

function sameTheme(a: OpenerThemeProps, b: OpenerThemeProps): boolean {
  const flat = (props: OpenerThemeProps) => JSON.stringify([THEME_ATTRIBUTES.map((name) => props[name]), props.style ?? null]);
  return flat(a) === flat(b);
}

/**
 * Popovers (Select list, DatePicker calendar) are portalled to `<body>`, out of the themed subtree of the
 * control that opened them. While `open`, this returns the opener's theme (`readOpenerTheme`) for the
 * content and follows changes of any theme attribute in the document (a host switching to dark while the
 * list is open). Closed: `{}`, and nothing is observed.
 */
export function useOpenerTheme(opener: RefObject<Element | null>, open: boolean): OpenerThemeProps {
  const [theme, setTheme] = useState<OpenerThemeProps>({});
  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      const next = readOpenerTheme(opener.current);
      setTheme((previous) => (sameTheme(previous, next) ? previous : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: [...THEME_ATTRIBUTES], subtree: true });
    return () => observer.disconnect();
  }, [open, opener]);
  return theme;
}
