// Action defaults. Parsed widgets keep exactly what the author sent (so they round-trip and diff cleanly);
// code that dispatches an action applies the defaults here. Free of zod: it ships with the renderer.
import type { ActionConfig } from "./action";

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
