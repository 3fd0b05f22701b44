// The zod/mini schemas of the widget vocabulary (types, JSON Schema and the parser's specs come from
// these). Import them from here when you need the schemas as values, e.g. to compose a custom node.
// `roots` is first: the family modules read its unions lazily and it must be evaluated before them.
export * from "./roots";
export * from "./shared";
export * from "./action";
export * from "./layout";
export * from "./text";
export * from "./content";
export * from "./controls";
export * from "./table";
export * from "./chart";
