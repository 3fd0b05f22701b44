// Child process of bench/size.ts: runs a built bundle entry in jsdom and prints, as JSON, the URLs of every output
// file that executed (each file's banner adds its own URL to `globalThis.__cwLoaded`): the entry, the chunks it
// imports and the lazy chunks that what it renders loads. It waits until no file has loaded for 500 ms.
import { JSDOM } from "jsdom";
import { pathToFileURL } from "node:url";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true, url: "https://example.com/" });
for (const key of ["window", "document", "navigator", "HTMLElement", "Element", "Node", "SVGElement", "MutationObserver", "getComputedStyle",
  "requestAnimationFrame", "cancelAnimationFrame", "HTMLFormElement", "HTMLInputElement", "Event", "CustomEvent", "location"]) {
  Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
globalThis.__cwLoaded = new Set();
const errors = [];
process.on("unhandledRejection", (error) => errors.push(String(error)));
console.log = () => {}; // the entries log their actions; stdout carries the result only

await import(pathToFileURL(process.argv[2]).href);
let size = -1;
for (let waited = 0; waited < 15_000; waited += 500) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (globalThis.__cwLoaded.size === size) break;
  size = globalThis.__cwLoaded.size;
}
process.stdout.write(JSON.stringify({ loaded: [...globalThis.__cwLoaded], text: document.body.textContent, errors }));
process.exit(0);
