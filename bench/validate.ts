// Validation cost relative to the JSON parse every consumer pays anyway.
import { parseWidget } from "../src/schema";
import { countNodes, largeCard } from "./fixtures";
import { medianMs } from "./timing";

export function benchValidation() {
  const widget = largeCard(125);
  const text = JSON.stringify(widget);
  const check = parseWidget(JSON.parse(text));
  if (!check.ok) throw new Error(`benchmark widget is invalid: ${check.summary}`);
  const jsonParse = medianMs(() => JSON.parse(text));
  const jsonParseAndValidate = medianMs(() => parseWidget(JSON.parse(text)));
  return {
    nodes: countNodes(widget),
    bytes: text.length,
    jsonParseMs: jsonParse,
    parseWidgetMs: jsonParseAndValidate - jsonParse,
    ratio: (jsonParseAndValidate - jsonParse) / jsonParse,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchValidation());
