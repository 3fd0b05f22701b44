// Finds the ChatKit sample corpus (`.widget` files and their reference renderings).
// Order: CHAT_WIDGETS_CORPUS, ../shared/corpus next to the checkout, /work/shared/corpus.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLES = "openai-chatkit-advanced-samples";

export function findCorpusDir() {
  const candidates = [
    process.env.CHAT_WIDGETS_CORPUS,
    path.resolve(repoRoot, "../shared/corpus", SAMPLES),
    path.join("/work/shared/corpus", SAMPLES),
  ].filter(Boolean);
  const found = candidates.find((dir) => existsSync(path.join(dir, "line_select.widget")));
  if (!found) {
    throw new Error(
      `The ChatKit sample corpus was not found (looked in: ${candidates.join(", ")}). ` +
        "Set CHAT_WIDGETS_CORPUS to the folder that holds the .widget files.",
    );
  }
  return found;
}
