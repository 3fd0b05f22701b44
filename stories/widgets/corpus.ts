// The nine real `.widget` files from OpenAI's public ChatKit samples (MIT), read through the `@corpus` alias.
const files = import.meta.glob<string>("@corpus/*.widget", { query: "?raw", import: "default", eager: true });

export interface CorpusWidget {
  name: string;
  title: string;
  preview: unknown;
}

export const corpusWidgets: Record<string, CorpusWidget> = Object.fromEntries(
  Object.entries(files).map(([file, raw]) => {
    const name = file.split("/").pop()!.replace(/\.widget$/, "");
    const parsed = JSON.parse(raw) as { name: string; outputJsonPreview: unknown };
    return [name, { name, title: parsed.name, preview: parsed.outputJsonPreview }];
  }),
);

export function corpusWidget(name: string): CorpusWidget {
  const found = corpusWidgets[name];
  if (!found) throw new Error(`No corpus widget named ${name}; have: ${Object.keys(corpusWidgets).join(", ")}`);
  return found;
}
