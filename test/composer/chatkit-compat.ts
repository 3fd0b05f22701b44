// Type-level check (run by `tsc`): the composer's public option types accept what ChatKit apps already pass,
// and what the composer produces fits ChatKit's own types.
import type * as ChatKit from "@openai/chatkit";
import type { ComposerValue, Entity, EntityHandlers, ModelOption, ToolOption } from "../../src/composer";
import type { UserMessageContent } from "../../src/composer/content";

type Assert<T extends true> = T;
type Assignable<From, To> = [From] extends [To] ? true : false;

export type ChecksEntity = [Assert<Assignable<ChatKit.Entity, Entity>>, Assert<Assignable<Entity, ChatKit.Entity>>];
export type ChecksTools = [Assert<Assignable<ChatKit.ToolOption, ToolOption>>, Assert<Assignable<ChatKit.ModelOption, ModelOption>>];
export type ChecksContent = [
  Assert<Assignable<UserMessageContent, ChatKit.UserMessageContent>>,
  Assert<Assignable<{ content: ChatKit.UserMessageContent[] }, ComposerValue>>,
];
export type ChecksEntityHandlers = Assert<
  Assignable<Pick<ChatKit.EntitiesOption, "onClick" | "onRequestPreview">, EntityHandlers>
>;
