// Icon names: the generated token list is the one source of the known names.
import { ICON_NAMES } from "../tokens/generated/tokens";

const KNOWN_ICONS: ReadonlySet<string> = new Set<string>(ICON_NAMES);

// Lucide's names are lower-case kebab case (the list of ~2,000 names is not shipped here: see
// iconNameProblem in repair.ts).
const LUCIDE_NAME = /^lucide:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isKnownIconName(name: string): boolean {
  return KNOWN_ICONS.has(name) || LUCIDE_NAME.test(name);
}
