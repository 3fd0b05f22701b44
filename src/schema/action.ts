// ActionConfig (WIDGET-SPEC §3.1). Defaults are not written into parsed widgets; see resolve-action.ts.
import * as z from "zod/mini";
import { ACTION_HANDLERS, LOADING_BEHAVIORS } from "./vocabulary";


export const ActionConfigSchema = z.object({
  type: z.string(),
  payload: z.optional(z.record(z.string(), z.unknown())),
  handler: z.optional(z.enum(ACTION_HANDLERS)),
  loadingBehavior: z.optional(z.enum(LOADING_BEHAVIORS)),
  streaming: z.optional(z.boolean()),
});

export const CardActionSchema = z.object({ label: z.string(), action: ActionConfigSchema });

export type ActionConfig = z.infer<typeof ActionConfigSchema>;
export type CardAction = z.infer<typeof CardActionSchema>;
export type ActionHandler = (typeof ACTION_HANDLERS)[number];
export type LoadingBehavior = (typeof LOADING_BEHAVIORS)[number];
