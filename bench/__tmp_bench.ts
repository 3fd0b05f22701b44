import { parseWidget } from "../src/schema";
import { largeCard } from "./fixtures";
const text = JSON.stringify(largeCard(125));
function median(fn: () => void, n = 200) { const t: number[] = []; for (let i = 0; i < 30; i++) fn(); for (let i = 0; i < n; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[n >> 1]; }
const jp = median(() => JSON.parse(text));
const both = median(() => parseWidget(JSON.parse(text)));
const obj = JSON.parse(text);
const hot = median(() => parseWidget(obj));
console.log({ jp, both, validate: both - jp, ratio: (both - jp) / jp, hotRatio: hot / jp });
