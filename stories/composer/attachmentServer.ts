// A backend with attachments for the stories: the server kit in the browser, with its upload handler and the bytes
// kept in memory. `fetch` routes `/upload/<id>` to the upload handler and everything else to the ChatKit handler.
import { createAttachmentUploadHandler, createChatKitHandler, createMemoryStore, events, streamAssistantMessage } from "../../src/server";

/** A small PNG drawn on a canvas (a real picture, so previews decode the same way everywhere). */
export async function samplePng(color = "#3b82f6", size = 48): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext("2d")!;
  context.fillStyle = color;
  context.fillRect(0, 0, size, size);
  context.fillStyle = "#ffffff";
  context.fillRect(size / 4, size / 4, size / 2, size / 2);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), "image/png"));
}

/** The bytes as a `data:` URL (what the demo servers give as an uploaded picture's preview). */
export function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The ChatKit endpoint plus an upload route, both in-process; `files` holds the uploaded bytes by attachment id. */
export function createAttachmentDemoFetch() {
  const store = createMemoryStore();
  const files = new Map<string, Blob>();
  const previewUrl = async (attachment: { id: string }) => {
    const bytes = files.get(attachment.id);
    // Before the upload there is nothing to show yet; the message uses the preview made after it.
    return bytes ? dataUrl(bytes) : `/files/${attachment.id}`;
  };
  const limits = { maxBytes: 5 * 1024 * 1024, accept: ["image/png", "image/jpeg", "application/pdf", "text/plain"] };
  const handler = createChatKitHandler({
    store,
    attachments: { ...limits, uploadDescriptor: (attachment) => ({ url: `/upload/${attachment.id}`, method: "POST" }), previewUrl },
    async *respond(thread, input) {
      // Pictures in this thread may only come from the app's own file host (data: previews are always local).
      thread.allowed_image_domains = ["files.example.com"];
      const names = (input.attachments ?? []).map((attachment) => attachment.name);
      yield* streamAssistantMessage(
        names.length > 0 ? [`I received ${names.length} file${names.length > 1 ? "s" : ""}: `, names.join(", "), "."] : ["Attach a file with the paperclip."],
      );
    },
    async *action() {
      yield events.error("No actions here.");
    },
  });
  const upload = createAttachmentUploadHandler({
    store,
    ...limits,
    previewUrl,
    saveFile: (attachment, file) => {
      files.set(attachment.id, file);
    },
  });
  const fetchImpl: typeof fetch = async (resource, init) => {
    const request = new Request(new URL(String(resource), "http://demo.local"), init);
    const path = new URL(request.url).pathname;
    if (path.startsWith("/upload/")) return upload(request, path.slice("/upload/".length));
    return handler(request);
  };
  return { fetch: fetchImpl, files };
}
