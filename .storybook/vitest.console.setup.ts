// A story that logs a console error or warning while it renders or plays fails its test: noise hides faults.
// A story that shows a logged problem on purpose lists the messages it expects:
//   parameters: { console: { expected: [/Widget action failed/] } }   (each pattern must match at least once)
import { afterEach, beforeAll, expect } from "vitest";

interface Logged {
  level: "error" | "warn";
  text: string;
}

const logged: Logged[] = [];

function format(args: unknown[]): string {
  return args
    .map((arg) => (typeof arg === "string" ? arg : arg instanceof Error ? `${arg.name}: ${arg.message}` : safeJson(arg)))
    .join(" ");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Installed when this file loads, so that messages logged while stories are composed count too.
for (const level of ["error", "warn"] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    logged.push({ level, text: format(args) });
    original(...args);
  };
}

beforeAll(() => {
  // What loading the test runner itself logged before the first story is not the story's.
  logged.length = 0;
});

interface StoryContextLike {
  id: string;
  parameters?: { console?: { expected?: RegExp[] } };
}

afterEach((ctx) => {
  const story = (ctx as unknown as { story?: StoryContextLike }).story;
  const messages = logged.splice(0);
  if (!story) return;
  if (ctx.task.result?.state === "fail") return; // the play failure is the one to read
  const expected = story.parameters?.console?.expected ?? [];
  const unexpected = messages.filter((message) => !expected.some((pattern) => pattern.test(message.text)));
  expect(
    unexpected.map((message) => `console.${message.level}: ${message.text.slice(0, 500)}`),
    `${story.id} logged to the console while rendering`,
  ).toEqual([]);
  const unmet = expected.filter((pattern) => !messages.some((message) => pattern.test(message.text)));
  expect(unmet.map(String), `${story.id} expected these console messages`).toEqual([]);
});
