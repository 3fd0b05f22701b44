// URL checks for content that comes from widget JSON (images, Markdown links). Widget JSON may be
// written by a model, so a URL is allowed by scheme, never by default.

// Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"), so the
// check does too before reading the scheme.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The lower-case scheme of `url`, or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const match = SCHEME.exec(url.replace(IGNORED_IN_SCHEME, ""));
  return match ? match[1].toLowerCase() : undefined;
}

/** Image sources: http(s), relative URLs and inline `data:image/…` only. */
export function isSafeImageSrc(src: string): boolean {
  const trimmed = src.trim();
  if (trimmed === "") return false;
  const scheme = urlScheme(trimmed);
  if (scheme === undefined) return true;
  if (scheme === "http" || scheme === "https") return true;
  return scheme === "data" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed.replace(IGNORED_IN_SCHEME, ""));
}

/** Link targets: http(s), mailto, tel and relative URLs (anchors included). */
export function isSafeLinkHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed === "") return false;
  const scheme = urlScheme(trimmed);
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto" || scheme === "tel";
}
