// Attachments on the server kit: `attachments.create` / `attachments.delete` (ChatKit's two-phase upload), the
// upload endpoint that receives the bytes (two-phase, or ChatKit's `direct` upload strategy), and the limits both
// enforce. The bytes themselves are the app's (`saveFile`): a bucket, a disk, a database — this kit picks none.
import type { Attachment, UploadDescriptor } from "../protocol/types";
import { generateId } from "./ids";
import type { ChatKitStore } from "./store";

/** Default `maxBytes`: 10 MiB per attachment. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Default `maxPerMessage`: 10, ChatKit's `composer.attachments.maxCount` default. */
export const DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE = 10;
/** Longest attachment name, in characters. */
export const MAX_ATTACHMENT_NAME_LENGTH = 255;
/**
 * Default `accept`: common images, PDF and plain-text formats. Anything else (executables, HTML, SVG, archives) must
 * be allowed explicitly; SVG is left out because it can carry script.
 */
export const DEFAULT_ATTACHMENT_TYPES: readonly string[] = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/pdf",
  "text/plain",
  "text/csv",
  "text/markdown",
  "application/json",
];

/** Image types shown inline (as `type: "image"` with a `preview_url`) when `previewUrl` is given. */
const PREVIEWABLE_IMAGE_TYPES: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"]);

export interface AttachmentLimits {
  /** Largest attachment in bytes; both the declared `size` and the uploaded bytes are checked. Default 10 MiB. */
  maxBytes?: number;
  /**
   * Accepted MIME types: exact (`"application/pdf"`) or a whole family (`"image/*"`); `"*\/*"` accepts anything.
   * Compared case-insensitively, parameters (`; charset=…`) ignored. Default `DEFAULT_ATTACHMENT_TYPES`.
   */
  accept?: readonly string[];
  /** Most attachments in one user message. Default 10. */
  maxPerMessage?: number;
}

/** The app's side of attachments (the `attachments` option of `createChatKitHandler`). */
export interface AttachmentOptions<App = unknown> extends AttachmentLimits {
  /**
   * Two-phase upload: where the client sends the bytes of a newly created attachment (`url` http(s) or relative,
   * `method` `"POST"` | `"PUT"`, optional `headers`). ChatKit.js sends them as multipart form data (`file`).
   * Typically your upload route, served by `createAttachmentUploadHandler`, or a presigned storage URL.
   */
  uploadDescriptor: (attachment: Attachment, app: App) => UploadDescriptor | Promise<UploadDescriptor>;
  /**
   * Where an image is shown from (http(s), a relative URL or `data:image/…`). Images get `type: "image"` and this
   * `preview_url`; without it every attachment is a `type: "file"`.
   */
  previewUrl?: (attachment: Attachment, app: App) => string | Promise<string>;
  /** Called by `attachments.delete` before the metadata goes: remove the stored bytes. */
  deleteFile?: (attachment: Attachment, app: App) => void | Promise<void>;
}

/** Why an attachment was refused; the handlers answer with `status` and `message`. */
export class AttachmentError extends Error {
  override name = "AttachmentError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `mime` without parameters, lower-cased. */
export function baseMimeType(mime: string): string {
  return mime.split(";")[0].trim().toLowerCase();
}

/** True when `mime` matches one of the `accept` patterns (`type/subtype`, `type/*`, `*\/*`). */
export function isAcceptedType(mime: string, accept: readonly string[]): boolean {
  const type = baseMimeType(mime);
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return false;
  return accept.some((pattern) => {
    const wanted = baseMimeType(pattern);
    if (wanted === "*/*" || wanted === "*") return true;
    if (wanted.endsWith("/*")) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/**
 * Checks what a client declares for a new attachment against the limits; throws `AttachmentError` (400 for a bad
 * name, 413 for too large, 415 for a type not accepted) with a message naming the limit.
 */
export function checkAttachmentParams(params: { name: string; size: number; mime_type: string }, limits: AttachmentLimits = {}): void {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const accept = limits.accept ?? DEFAULT_ATTACHMENT_TYPES;
  const name = params.name;
  if (name.trim() === "") throw new AttachmentError(400, "The attachment needs a name.");
  if (name.length > MAX_ATTACHMENT_NAME_LENGTH) {
    throw new AttachmentError(400, `The attachment name is longer than ${MAX_ATTACHMENT_NAME_LENGTH} characters.`);
  }
  // Control characters (and bidi overrides that disguise extensions, e.g. "photo\u202Egnp.exe") are refused.
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name)) {
    throw new AttachmentError(400, "The attachment name contains control characters.");
  }
  if (!Number.isSafeInteger(params.size) || params.size < 0) throw new AttachmentError(400, "The attachment size must be a whole number of bytes.");
  if (params.size > maxBytes) {
    throw new AttachmentError(413, `“${name}” is ${params.size} bytes; attachments may be at most ${maxBytes} bytes.`);
  }
  if (!isAcceptedType(params.mime_type, accept)) {
    throw new AttachmentError(415, `“${name}” has type ${JSON.stringify(params.mime_type)}, which is not accepted (accepted: ${accept.join(", ")}).`);
  }
}

/** Image previews may be http(s), relative or `data:image/…` (never `javascript:` or other schemes). */
function checkPreviewUrl(url: string): string {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\u0000-\u0020\u007f]/g, ""))?.[1]?.toLowerCase();
  const ok = scheme === undefined ? trimmed !== "" : scheme === "http" || scheme === "https" || (scheme === "data" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed));
  if (!ok) throw new Error(`attachments.previewUrl returned ${JSON.stringify(url.slice(0, 40))}: only http(s), relative and data:image URLs are allowed.`);
  return trimmed;
}

function checkUploadDescriptor(descriptor: UploadDescriptor): UploadDescriptor {
  const url = descriptor.url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (url === "" || (scheme !== undefined && scheme !== "http" && scheme !== "https")) {
    throw new Error(`attachments.uploadDescriptor returned a URL that is not http(s) or relative: ${JSON.stringify(url.slice(0, 40))}.`);
  }
  if (descriptor.method !== "POST" && descriptor.method !== "PUT") throw new Error('attachments.uploadDescriptor: method must be "POST" or "PUT".');
  return descriptor.headers ? { url, method: descriptor.method, headers: { ...descriptor.headers } } : { url, method: descriptor.method };
}

/** The attachment a message or a finished upload shows: no upload descriptor, preview decided by type. */
async function withPreview<App>(attachment: Attachment, options: Pick<AttachmentOptions<App>, "previewUrl">, app: App): Promise<Attachment> {
  const { upload_descriptor: _descriptor, preview_url: _preview, ...rest } = attachment;
  const base: Attachment = { ...rest, type: "file" };
  if (!options.previewUrl || !PREVIEWABLE_IMAGE_TYPES.has(baseMimeType(attachment.mime_type))) return base;
  return { ...base, type: "image", preview_url: checkPreviewUrl(await options.previewUrl(base, app)) };
}

/**
 * `attachments.create`: checks the declared name/size/type, stores the metadata (with its upload descriptor) for
 * the owner and returns it. The attachment counts as uploaded once the upload handler has the bytes.
 */
export async function createAttachment<App>(
  params: { name: string; size: number; mime_type: string },
  options: AttachmentOptions<App>,
  store: ChatKitStore<App>,
  app: App,
): Promise<Attachment> {
  checkAttachmentParams(params, options);
  const draft = await withPreview<App>(
    { id: generateId("attachment"), type: "file", name: params.name, mime_type: baseMimeType(params.mime_type) },
    options,
    app,
  );
  const pending: Attachment = { ...draft, upload_descriptor: checkUploadDescriptor(await options.uploadDescriptor(draft, app)) };
  await store.saveAttachment({ ...pending, metadata: { size: params.size } }, app);
  return pending;
}

/** `attachments.delete`: the app's `deleteFile`, then the metadata. 404 for an unknown (or another user's) id. */
export async function deleteAttachment<App>(attachmentId: string, options: AttachmentOptions<App>, store: ChatKitStore<App>, app: App): Promise<void> {
  const attachment = await store.loadAttachment(attachmentId, app);
  if (!attachment) throw new AttachmentError(404, `Attachment ${attachmentId} not found.`);
  await options.deleteFile?.(publicAttachment(attachment), app);
  await store.deleteAttachment(attachmentId, app);
}

/**
 * The attachments a user message names, as the message carries them. 400 when there are more than
 * `maxPerMessage`, an id is unknown (or another user's), or its bytes were never uploaded.
 */
export async function resolveMessageAttachments<App>(
  ids: readonly string[],
  options: AttachmentLimits,
  store: ChatKitStore<App>,
  app: App,
): Promise<Attachment[]> {
  const max = options.maxPerMessage ?? DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE;
  if (ids.length > max) throw new AttachmentError(400, `params.input.attachments: ${ids.length} attachments, more than the ${max} allowed in one message.`);
  const out: Attachment[] = [];
  for (const [index, id] of ids.entries()) {
    const attachment = await store.loadAttachment(id, app);
    if (!attachment) throw new AttachmentError(400, `params.input.attachments[${index}]: attachment ${id} not found.`);
    if (attachment.upload_descriptor) throw new AttachmentError(400, `params.input.attachments[${index}]: attachment ${id} has not been uploaded.`);
    out.push(publicAttachment(attachment));
  }
  return out;
}

/** An attachment as clients see it: no `metadata` (chatkit-python strips it), no upload descriptor once uploaded. */
export function publicAttachment(attachment: Attachment): Attachment {
  const { metadata: _metadata, ...rest } = attachment as Attachment & { metadata?: unknown };
  return rest;
}

export interface AttachmentUploadHandlerOptions<App = unknown> extends AttachmentLimits {
  /** The same store as the ChatKit handler's: the upload finds the attachment `attachments.create` stored there. */
  store: ChatKitStore<App>;
  /** The same app context as the ChatKit handler's (the user); throwing a `Response` answers with it. */
  context?: (request: Request) => App | Promise<App>;
  /**
   * Keeps the bytes (the `file` is already checked against the limits and the declared type). Called before
   * `previewUrl`, with the attachment as it was created.
   */
  saveFile: (attachment: Attachment, file: Blob, app: App) => void | Promise<void>;
  previewUrl?: AttachmentOptions<App>["previewUrl"];
}

/**
 * Receives attachment bytes. `handle(request, attachmentId)` finishes a two-phase upload (the URL your
 * `uploadDescriptor` gave out); `handle(request)` without an id is ChatKit's `direct` upload strategy (creates the
 * attachment from the file). The body is multipart form data with a `file` field (what ChatKit.js sends), or the
 * raw bytes with their `content-type`. Answers the attachment as JSON; 404 for an unknown attachment, 409 when it
 * was already uploaded, 413 over `maxBytes` (counted as the body streams in), 415 for a type not accepted or not
 * the declared one, 400 for a body without a file.
 */
export function createAttachmentUploadHandler<App = unknown>(
  options: AttachmentUploadHandlerOptions<App>,
): (request: Request, attachmentId?: string) => Promise<Response> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  return async (request, attachmentId) => {
    try {
      if (request.method !== "POST" && request.method !== "PUT") throw new AttachmentError(405, "Attachments are uploaded with POST or PUT.");
      let app: App;
      try {
        app = options.context ? await options.context(request) : (undefined as App);
      } catch (error) {
        if (error instanceof Response) return error;
        throw error;
      }
      const existing = attachmentId === undefined ? null : await options.store.loadAttachment(attachmentId, app);
      if (attachmentId !== undefined && !existing) throw new AttachmentError(404, `Attachment ${attachmentId} not found.`);
      if (existing && !existing.upload_descriptor) throw new AttachmentError(409, `Attachment ${attachmentId} was already uploaded.`);
      // Multipart framing adds a little to the file; the file itself is checked against maxBytes below.
      const file = await readUploadedFile(request, maxBytes + 64 * 1024);
      const name = existing?.name ?? (file.name || "upload");
      const declared = existing?.mime_type ?? file.type;
      checkAttachmentParams({ name, size: file.size, mime_type: declared || "application/octet-stream" }, options);
      if (existing && file.type && baseMimeType(file.type) !== baseMimeType(existing.mime_type)) {
        throw new AttachmentError(415, `The uploaded file has type ${JSON.stringify(file.type)}, not the declared ${JSON.stringify(existing.mime_type)}.`);
      }
      const base: Attachment = existing
        ? publicAttachment(existing)
        : { id: generateId("attachment"), type: "file", name, mime_type: baseMimeType(declared) };
      // The bytes are kept first, so that `previewUrl` may point at (or be made from) them.
      await options.saveFile(base, file.blob, app);
      const attachment = await withPreview(base, options, app);
      await options.store.saveAttachment({ ...attachment, metadata: { size: file.size } } as Attachment, app);
      return Response.json(attachment);
    } catch (error) {
      if (error instanceof AttachmentError) return Response.json({ error: error.message }, { status: error.status });
      throw error;
    }
  };
}

/** The uploaded file: the multipart `file` field, or the raw body. Stops reading past `limit` bytes (413). */
async function readUploadedFile(request: Request, limit: number): Promise<{ blob: Blob; name: string; type: string; size: number }> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw new AttachmentError(413, `The upload is larger than ${limit} bytes.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new AttachmentError(413, `The upload is larger than ${limit} bytes.`);
      }
      chunks.push(value);
    }
  }
  const contentType = request.headers.get("content-type") ?? "";
  const body = new Blob(chunks as BlobPart[], { type: contentType });
  if (baseMimeType(contentType) === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch {
      throw new AttachmentError(400, "The upload is not valid multipart form data.");
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new AttachmentError(400, 'The upload has no "file" field.');
    return { blob: file, name: (file as File).name ?? "", type: file.type, size: file.size };
  }
  if (size === 0) throw new AttachmentError(400, "The upload is empty.");
  return { blob: new Blob(chunks as BlobPart[], { type: contentType }), name: "", type: baseMimeType(contentType), size };
}
