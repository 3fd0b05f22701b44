import { createMemoryStore } from "../../src/server";
import { describeOwnerKeyRules, describeStoreConformance } from "./store-conformance";

describeStoreConformance("memory store", () => ({
  store: createMemoryStore<{ userId: string }>({ ownerKey: (context) => context.userId }),
  contextFor: (owner) => ({ userId: owner }),
}));

describeOwnerKeyRules("memory store", async (ownerKey) => createMemoryStore({ ownerKey }));
