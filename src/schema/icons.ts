// Icon names: the generated token list is the one source of the known names.
import { ICON_NAMES } from "../tokens/generated/tokens";

const KNOWN_ICONS: ReadonlySet<string> = new Set<string>(ICON_NAMES);

// Lucide's names are lower-case kebab case (the list of ~2,000 names is not shipped here: see iconNameProblem).
const LUCIDE_NAME = /^lucide:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isKnownIconName(name: string): boolean {
  return KNOWN_ICONS.has(name) || LUCIDE_NAME.test(name);
}

/**
 * Why an icon name will not draw, or undefined. `lucide:<name>` (chatkit-python, @openai/chatkit ≥ 1.3) draws
 * that Lucide icon, loaded on demand; a name that is not Lucide's kebab case is a warning here, while a
 * well-formed name Lucide lacks is found when its glyph chunk loads (a development warning; nothing is drawn),
 * because the name list would add ~7 kB gzipped to every widget. `vendor:<name>` is valid in chatkit-python,
 * but no glyphs for it ship here, so it draws nothing like any other unknown name.
 */
export function iconNameProblem(name: string): string | undefined {
  if (isKnownIconName(name)) return undefined;
  if (name.startsWith("lucide:")) {
    return `${JSON.stringify(name)} is not a Lucide name like "lucide:calendar-days" (renders nothing)`;
  }
  if (name.startsWith("vendor:")) return `Vendor icon ${JSON.stringify(name)} has no glyph here (renders nothing)`;
  return `Unknown icon name ${JSON.stringify(name)} (renders nothing)`;
}
