// Icon names: the generated token list is the one source of the known names.
import { ICON_NAMES } from "../tokens/generated/tokens";

const KNOWN_ICONS: ReadonlySet<string> = new Set<string>(ICON_NAMES);

export function isKnownIconName(name: string): boolean {
  return KNOWN_ICONS.has(name) || (name.startsWith("lucide:") && name.length > "lucide:".length);
}

/**
 * Why an icon name will not draw, or undefined. `lucide:<name>` is accepted as is: chatkit-python and
 * @openai/chatkit ≥ 1.3 both define it. `vendor:<name>` is valid in chatkit-python, but no glyphs for it
 * ship here, so it draws nothing like any other unknown name.
 */
export function iconNameProblem(name: string): string | undefined {
  if (isKnownIconName(name)) return undefined;
  if (name.startsWith("vendor:")) return `Vendor icon ${JSON.stringify(name)} has no glyph here (renders nothing)`;
  return `Unknown icon name ${JSON.stringify(name)} (renders nothing)`;
}
