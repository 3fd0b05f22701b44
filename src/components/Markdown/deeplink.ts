import { createContext } from "react";
import { urlScheme } from "../Image/safeUrl";

/** The scheme of links that an app handles itself (ChatKit's deeplinks). */
export const DEEPLINK_SCHEME = "chatkit-link";

/**
 * A clicked `chatkit-link://` link, shaped like ChatKit's `chatkit.deeplink` event detail: `name` is what
 * follows `chatkit-link://` up to `?` or `#` (host and path, percent-decoded, without a trailing `/`), `data` the
 * query parameters (`{}` when there are none; the last of repeated keys wins).
 * `chatkit-link://settings?tab=billing` → `{ name: "settings", data: { tab: "billing" } }`.
 */
export interface Deeplink {
  name: string;
  data: Record<string, string>;
}

/** Receives the deeplinks the user activates in Markdown (widget `Markdown`, assistant messages). */
export type DeeplinkHandler = (link: Deeplink) => void;

/**
 * Reads a `chatkit-link://` URL; undefined for any other scheme, and for a deeplink without a name or that is
 * not a valid URL.
 */
export function parseDeeplink(href: string): Deeplink | undefined {
  const trimmed = href.trim();
  if (urlScheme(trimmed) !== DEEPLINK_SCHEME) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed.replace(/^[^:]*:/, `${DEEPLINK_SCHEME}:`));
  } catch {
    return undefined;
  }
  let name: string;
  try {
    name = decodeURIComponent(`${url.host}${url.pathname}`.replace(/^\/+|\/+$/g, ""));
  } catch {
    return undefined;
  }
  if (name === "") return undefined;
  return { name, data: Object.fromEntries(url.searchParams) };
}

/**
 * The deeplink handler for Markdown below it. `WidgetRenderer` and `ChatThread` provide their `onDeeplink`
 * here; without a handler, `chatkit-link://` links render as inert text.
 */
export const DeeplinkContext = createContext<DeeplinkHandler | undefined>(undefined);
