// The renderer loads its Radix-based form-control views on first use; DOM tests start with them loaded.
import { beforeAll } from "vitest";
import { preloadBuiltinViews } from "../src/renderer";

beforeAll(async () => {
  await preloadBuiltinViews();
});
