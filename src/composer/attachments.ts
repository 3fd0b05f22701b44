// Composer attachments: ChatKit's `composer.attachments` limits as pure functions (no DOM, no React), and the URL
// rule for showing attachment images.

/** An uploaded attachment as the composer and messages know it (ChatKit's `Attachment`). */
export interface ComposerAttachment {
  type: "file" | "image";
  id: string;
  name: string;
  mime_type: string;
  /** Images: where the preview is shown from. */
  preview_url?: string | null;
}

/** ChatKit's `composer.attachments` option, plus the upload that this self-hosted composer runs. */
export interface ComposerAttachmentsOption {
  /** Default true when the option is given. */
  enabled?: boolean;
  /**
   * Largest file in bytes: one number, or MIME patterns to limits (`{"image/*": 10_000_000, "*": 1_000_000}`; `"*"`
   * or `""` is the fallback). Default 100 MiB (ChatKit's).
   */
  maxSize?: number | Record<string, number>;
  /** Most attachments in one message. Default 10. */
  maxCount?: number;
  /** Accepted MIME types (exact or `type/*`) to file extensions (`{"image/*": [".png", ".jpg"]}`). Default: any. */
  accept?: Record<string, string[]>;
  /**
   * Uploads one file and resolves with the uploaded attachment (in `ChatThread`: the client's `createAttachment`).
   * Report progress through `onProgress`; stop when `signal` aborts (the user removed the file).
   */
  upload: (
    file: File,
    options: { onProgress: (progress: { loaded: number; total: number }) => void; signal: AbortSignal },
  ) => Promise<ComposerAttachment>;
  /** An uploaded attachment the user removed before sending (in `ChatThread`: `attachments.delete`). */
  remove?: (attachment: ComposerAttachment) => void | Promise<void>;
}

/** ChatKit's default `maxSize`: 100 MiB. */
export const DEFAULT_MAX_ATTACHMENT_SIZE = 100 * 1024 * 1024;
/** ChatKit's default `maxCount`. */
export const DEFAULT_MAX_ATTACHMENT_COUNT = 10;

function mimeMatches(mime: string, pattern: string): boolean {
  const type = mime.toLowerCase();
  const wanted = pattern.trim().toLowerCase();
  if (wanted === "*" || wanted === "*/*") return true;
  if (wanted.endsWith("/*")) return type.startsWith(wanted.slice(0, -1));
  return type === wanted;
}

/** The size limit for a file of type `mime`: an exact pattern first, then `type/*`, then `"*"`/`""`, then 100 MiB. */
export function maxSizeFor(mime: string, maxSize: ComposerAttachmentsOption["maxSize"]): number {
  if (typeof maxSize === "number") return maxSize;
  if (!maxSize) return DEFAULT_MAX_ATTACHMENT_SIZE;
  const entries = Object.entries(maxSize);
  const exact = entries.find(([pattern]) => !pattern.includes("*") && pattern !== "" && mimeMatches(mime, pattern));
  const family = entries.find(([pattern]) => pattern.endsWith("/*") && mimeMatches(mime, pattern));
  const fallback = entries.find(([pattern]) => pattern === "*" || pattern === "" || pattern === "*/*");
  return (exact ?? family ?? fallback)?.[1] ?? DEFAULT_MAX_ATTACHMENT_SIZE;
}

/** True when the file's type matches an `accept` key, or its name ends with one of the listed extensions. */
export function isAcceptedFile(file: { name: string; type: string }, accept: ComposerAttachmentsOption["accept"]): boolean {
  if (!accept) return true;
  const name = file.name.toLowerCase();
  return Object.entries(accept).some(
    ([mime, extensions]) =>
      (file.type !== "" && mimeMatches(file.type, mime)) ||
      extensions.some((extension) => extension !== "" && name.endsWith(extension.toLowerCase())),
  );
}

/** The `accept` attribute of the file input for an `accept` option (types and extensions), or undefined for any. */
export function acceptAttribute(accept: ComposerAttachmentsOption["accept"]): string | undefined {
  if (!accept) return undefined;
  return Object.entries(accept)
    .flatMap(([mime, extensions]) => [mime, ...extensions])
    .join(",");
}

/** Human-readable size: "512 B", "1.5 KB", "12 MB" (decimal units, as file pickers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/**
 * Why `file` cannot be attached (a sentence for the user), or null: over `maxCount` counting `count` already
 * attached, a type `accept` does not list, or over the size limit for its type.
 */
export function attachmentProblem(file: { name: string; type: string; size: number }, option: Omit<ComposerAttachmentsOption, "upload">, count: number): string | null {
  const maxCount = option.maxCount ?? DEFAULT_MAX_ATTACHMENT_COUNT;
  if (count >= maxCount) return `“${file.name}” was not added: at most ${maxCount} attachments per message.`;
  if (!isAcceptedFile(file, option.accept)) return `“${file.name}” was not added: this type of file is not accepted.`;
  const limit = maxSizeFor(file.type, option.maxSize);
  if (file.size > limit) return `“${file.name}” was not added: it is ${formatBytes(file.size)}, larger than the ${formatBytes(limit)} allowed.`;
  return null;
}

/**
 * Whether an attachment image may be shown from `url`: `blob:` (object URLs this page made) and `data:image/…`
 * always; http(s) when `allowedDomains` is absent or lists the host (or a parent domain of it: `example.com` allows
 * `cdn.example.com`); nothing else (no `javascript:`, no relative URLs of unknown origin).
 * `allowedDomains` is the thread's `allowed_image_domains`.
 */
export function isAllowedImageUrl(url: string, allowedDomains?: readonly string[] | null): boolean {
  const trimmed = url.trim();
  if (/^blob:/i.test(trimmed)) return true;
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed)) return true;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  if (!allowedDomains) return true;
  const host = parsed.hostname.toLowerCase();
  return allowedDomains.some((domain) => {
    const wanted = domain.trim().toLowerCase().replace(/^\*\./, "");
    return wanted !== "" && (host === wanted || host.endsWith(`.${wanted}`));
  });
}
