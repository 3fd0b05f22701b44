// jsdom does no layout and has no ResizeObserver; Radix measures the hidden native input it renders for a Checkbox
// (or RadioGroup) inside a form with one. Importing this module installs an observer that observes nothing, for the
// test files that render such controls; a browser has the real one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
