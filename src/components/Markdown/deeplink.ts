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

export type { DeeplinkHandler } from "./deeplinkContext";

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
