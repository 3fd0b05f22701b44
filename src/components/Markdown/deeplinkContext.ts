// The deeplink handler's context: apart from the parser (deeplink.ts), which loads with the Markdown chunk.
import { createContext } from "react";
import type { Deeplink } from "./deeplink";

/** Receives the deeplinks the user activates in Markdown (widget `Markdown`, assistant messages). */
export type DeeplinkHandler = (link: Deeplink) => void;

/**
 * The deeplink handler for Markdown below it. `WidgetRenderer` and `ChatThread` provide their `onDeeplink`
 * here; without a handler, `chatkit-link://` links render as inert text.
 */
export const DeeplinkContext = createContext<DeeplinkHandler | undefined>(undefined);
