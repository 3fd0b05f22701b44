// Node-only helpers for `.widget` files (the rest of this folder also runs in browsers).
import { readFile } from "node:fs/promises";
import { WidgetFileError, parseWidgetFile, type WidgetFile } from "./file";

/** Reads and validates a `.widget` file; errors name the path. */
export async function loadWidgetFile(path: string): Promise<WidgetFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new WidgetFileError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parseWidgetFile(text);
  } catch (error) {
    if (error instanceof WidgetFileError) throw new WidgetFileError(`${path}: ${error.message}`, error.issues);
    throw error;
  }
}
