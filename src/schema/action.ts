// ActionConfig (WIDGET-SPEC §3.1). Defaults are NOT written into parsed widgets: the parsed tree keeps
// exactly what the author sent (so it round-trips and diffs cleanly); consumers call `resolveAction`.
import * as z from "zod/mini";

export const ACTION_HANDLERS = ["server", "client"] as const;
export const LOADING_BEHAVIORS = ["auto", "self", "container", "none"] as const;

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

/** The defaults chatkit-python writes for an ActionConfig; missing fields mean these values. */
export const ACTION_DEFAULTS = {
  handler: "server",
  loadingBehavior: "auto",
  streaming: true,
} as const satisfies Pick<Required<ActionConfig>, "handler" | "loadingBehavior" | "streaming">;

export type ResolvedActionConfig = ActionConfig &
  Required<Pick<ActionConfig, "handler" | "loadingBehavior" | "streaming">>;

/** An action with its defaults applied (`handler` "server", `loadingBehavior` "auto", `streaming` true). */
export function resolveAction(action: ActionConfig): ResolvedActionConfig {
  return {
    ...action,
    handler: action.handler ?? ACTION_DEFAULTS.handler,
    loadingBehavior: action.loadingBehavior ?? ACTION_DEFAULTS.loadingBehavior,
    streaming: action.streaming ?? ACTION_DEFAULTS.streaming,
  };
}
