import { describe, expect, it, vi } from "vitest";
import {
  checkAttachmentParams,
  createAttachmentUploadHandler,
  createChatKitHandler,
  createMemoryStore,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  events,
  isAcceptedType,
  type AttachmentOptions,
} from "../../src/server";
import { createChatKitClient } from "../../src/protocol";
import type { Attachment, ThreadStreamEvent } from "../../src/protocol/types";

type App = { user: string };

function post(body: unknown, user = "ann") {
  return new Request("http://localhost/chatkit", {
    method: "POST",
    headers: { "content-type": "application/json", "x-user": user },
    body: JSON.stringify(body),
  });
}

function uploadRequest(id: string | null, file: Blob, name: string, user = "ann", field = "file") {
  const form = new FormData();
  form.append(field, file, name);
  return new Request(`http://localhost/upload${id ? `/${id}` : ""}`, { method: "POST", headers: { "x-user": user }, body: form });
}

const png = (bytes = 8) => new Blob([new Uint8Array(bytes).fill(1)], { type: "image/png" });

function setup(overrides: Partial<AttachmentOptions<App>> = {}) {
  const store = createMemoryStore<App>({ ownerKey: (app) => app.user });
  const files = new Map<string, Blob>();
  const deleteFile = vi.fn(async (attachment: Attachment) => {
    files.delete(attachment.id);
  });
  const respond = vi.fn(async function* () {
    yield events.assistantMessage("ok");
  });
  const context = (request: Request): App => ({ user: request.headers.get("x-user") ?? "ann" });
  const attachments: AttachmentOptions<App> = {
    maxBytes: 1000,
    uploadDescriptor: (attachment) => ({ url: `/upload/${attachment.id}`, method: "POST" }),
    previewUrl: (attachment) => `https://files.example.com/${attachment.id}`,
    deleteFile,
    ...overrides,
  };
  const handler = createChatKitHandler<App>({ store, context, respond, action: async function* () {}, attachments });
  const upload = createAttachmentUploadHandler<App>({
    store,
    context,
    maxBytes: attachments.maxBytes,
    accept: attachments.accept,
    previewUrl: attachments.previewUrl,
    saveFile: (attachment, file) => {
      files.set(attachment.id, file);
    },
  });
  const json = async (body: unknown, status = 200, user = "ann") => {
    const response = await handler(post(body, user));
    expect(response.status).toBe(status);
    return response.json();
  };
  return { store, files, deleteFile, respond, handler, upload, json };
}

async function sse(response: Response): Promise<ThreadStreamEvent[]> {
  expect(response.status).toBe(200);
  const text = await response.text();
  return text
    .trim()
    .split("\n\n")
    .map((frame) => JSON.parse(frame.slice("data: ".length)) as ThreadStreamEvent);
}

const create = (name: string, size: number, mime_type: string) => ({ type: "attachments.create", params: { name, size, mime_type } });
const message = (attachments: string[], text = "see attached") => ({
  content: [{ type: "input_text", text }],
  attachments,
  inference_options: {},
});

describe("attachments.create", () => {
  it("stores the metadata and answers it with the upload descriptor; images get their preview", async () => {
    const { json, store } = setup();
    const created = await json(create("photo.png", 8, "image/png"));
    expect(created).toEqual({
      type: "image",
      id: expect.stringMatching(/^atc_[0-9a-f]{32}$/),
      name: "photo.png",
      mime_type: "image/png",
      preview_url: `https://files.example.com/${created.id}`,
      upload_descriptor: { url: `/upload/${created.id}`, method: "POST" },
    });
    expect(await store.loadAttachment(created.id, { user: "ann" })).toMatchObject({ id: created.id, upload_descriptor: { method: "POST" } });
    // Another user's store space does not have it.
    expect(await store.loadAttachment(created.id, { user: "bob" })).toBeNull();

    const pdf = await json(create("report.pdf", 10, "application/pdf; charset=binary"));
    expect(pdf).toMatchObject({ type: "file", name: "report.pdf", mime_type: "application/pdf" });
    expect(pdf).not.toHaveProperty("preview_url");
  });

  it.each([
    ["over maxBytes", create("big.png", 1001, "image/png"), 413, "“big.png” is 1001 bytes; attachments may be at most 1000 bytes."],
    [
      "a type not accepted",
      create("run.exe", 10, "application/x-msdownload"),
      415,
      `“run.exe” has type "application/x-msdownload", which is not accepted (accepted: image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/csv, text/markdown, application/json).`,
    ],
    ["SVG (can carry script) by default", create("logo.svg", 10, "image/svg+xml"), 415, expect.stringContaining("not accepted")],
    ["an empty name", create("  ", 10, "text/plain"), 400, "The attachment needs a name."],
    ["a name with a bidi override", create("photo\u202Egnp.exe", 10, "text/plain"), 400, "The attachment name contains control characters."],
    ["a name over 255 characters", create(`${"a".repeat(256)}.txt`, 10, "text/plain"), 400, "The attachment name is longer than 255 characters."],
    ["a negative size", create("a.txt", -1, "text/plain"), 400, expect.stringContaining("params.size")],
    ["a fractional size", create("a.txt", 1.5, "text/plain"), 400, expect.stringContaining("params.size")],
  ])("refuses %s", async (_name, body, status, error) => {
    const { json, store } = setup();
    expect(await json(body, status)).toEqual({ error });
    expect((await store.listThreads({ limit: 5, order: "asc" }, { user: "ann" })).data).toEqual([]);
  });

  it("accepts families and anything when configured", async () => {
    expect(isAcceptedType("image/svg+xml", ["image/*"])).toBe(true);
    expect(isAcceptedType("IMAGE/PNG; x=1", ["image/png"])).toBe(true);
    expect(isAcceptedType("text/html", ["image/*"])).toBe(false);
    expect(isAcceptedType("not a type", ["*/*"])).toBe(false);
    expect(isAcceptedType("application/zip", ["*/*"])).toBe(true);
    expect(() => checkAttachmentParams({ name: "a", size: DEFAULT_MAX_ATTACHMENT_BYTES + 1, mime_type: "text/plain" })).toThrow(
      `attachments may be at most ${DEFAULT_MAX_ATTACHMENT_BYTES} bytes`,
    );
  });

  it("is refused (400) by a server without the attachments option", async () => {
    const handler = createChatKitHandler({ respond: async function* () {}, action: async function* () {} });
    for (const body of [create("a.txt", 1, "text/plain"), { type: "attachments.delete", params: { attachment_id: "atc_1" } }]) {
      const response = await handler(post(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "This server does not accept attachments (no attachments option)." });
    }
  });

  it("fails loudly when the app hands out an unsafe upload or preview URL", async () => {
    const { handler } = setup({ uploadDescriptor: () => ({ url: "javascript:alert(1)", method: "POST" }) });
    await expect(handler(post(create("a.txt", 1, "text/plain")))).rejects.toThrow("not http(s) or relative");
    const second = setup({ previewUrl: () => "javascript:alert(1)" });
    await expect(second.handler(post(create("a.png", 1, "image/png")))).rejects.toThrow("only http(s), relative and data:image URLs");
  });
});

describe("the upload handler", () => {
  it("finishes a two-phase upload: keeps the bytes, clears the descriptor, answers the attachment", async () => {
    const { json, upload, files, store } = setup();
    const created = await json(create("photo.png", 8, "image/png"));
    const response = await upload(uploadRequest(created.id, png(), "photo.png"), created.id);
    expect(response.status).toBe(200);
    const uploaded = await response.json();
    expect(uploaded).toEqual({
      type: "image",
      id: created.id,
      name: "photo.png",
      mime_type: "image/png",
      preview_url: `https://files.example.com/${created.id}`,
    });
    expect(files.get(created.id)?.size).toBe(8);
    expect((await store.loadAttachment(created.id, { user: "ann" }))?.upload_descriptor).toBeUndefined();
    // A second upload of the same attachment is refused.
    const again = await upload(uploadRequest(created.id, png(), "photo.png"), created.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: `Attachment ${created.id} was already uploaded.` });
  });

  it("takes raw bytes with their content type too", async () => {
    const { json, upload } = setup();
    const created = await json(create("notes.txt", 5, "text/plain"));
    const request = new Request(`http://localhost/upload/${created.id}`, {
      method: "PUT",
      headers: { "x-user": "ann", "content-type": "text/plain" },
      body: "hello",
    });
    const response = await upload(request, created.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: "file", id: created.id, name: "notes.txt", mime_type: "text/plain" });
  });

  it.each([
    ["an unknown attachment", null, (id: string) => uploadRequest("atc_nope", png(), "a.png"), "atc_nope", 404, "Attachment atc_nope not found."],
    ["another user's attachment", null, (id: string) => uploadRequest(id, png(), "a.png", "bob"), undefined, 404, undefined],
    ["bytes over maxBytes", null, (id: string) => uploadRequest(id, png(2000), "a.png"), undefined, 413, undefined],
    ["a type other than the declared one", null, (id: string) => uploadRequest(id, new Blob(["<b>"], { type: "text/html" }), "a.png"), undefined, 415, undefined],
    ["a form without a file field", null, (id: string) => uploadRequest(id, png(), "a.png", "ann", "other"), undefined, 400, 'The upload has no "file" field.'],
  ])("refuses %s", async (_name, _unused, request, idOverride, status, error) => {
    const { json, upload, files } = setup();
    const created = await json(create("photo.png", 8, "image/png"));
    const response = await upload(request(created.id), idOverride ?? created.id);
    expect(response.status).toBe(status);
    const body = await response.json();
    if (error) expect(body).toEqual({ error });
    else expect(body.error).toEqual(expect.any(String));
    expect(files.size).toBe(0);
  });

  it("counts the body as it streams: a lying content-length cannot get more through", async () => {
    const { json, upload } = setup();
    const created = await json(create("notes.txt", 5, "text/plain"));
    const big = new Uint8Array(200_000);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < big.length; offset += 10_000) controller.enqueue(big.subarray(offset, offset + 10_000));
        controller.close();
      },
    });
    const request = new Request(`http://localhost/upload/${created.id}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await upload(request, created.id);
    expect(response.status).toBe(413);
  });

  it("direct upload (no id): creates the attachment from the file", async () => {
    const { upload, store } = setup();
    const response = await upload(uploadRequest(null, new Blob(["a,b"], { type: "text/csv" }), "table.csv"));
    expect(response.status).toBe(200);
    const attachment = await response.json();
    expect(attachment).toEqual({ type: "file", id: expect.stringMatching(/^atc_/), name: "table.csv", mime_type: "text/csv" });
    expect(await store.loadAttachment(attachment.id, { user: "ann" })).toMatchObject({ id: attachment.id });
    const refused = await upload(uploadRequest(null, new Blob(["MZ"], { type: "application/x-msdownload" }), "run.exe"));
    expect(refused.status).toBe(415);
  });
});

describe("attachments in user messages", () => {
  it("threads.create carries the uploaded attachments (no descriptor, no metadata) to the message and the store", async () => {
    const { json, upload, handler, respond, store } = setup();
    const created = await json(create("photo.png", 8, "image/png"));
    await upload(uploadRequest(created.id, png(), "photo.png"), created.id);
    const out = await sse(await handler(post({ type: "threads.create", params: { input: message([created.id]) } })));
    const done = out.find((event) => event.type === "thread.item.done" && event.item.type === "user_message");
    const expected = { type: "image", id: created.id, name: "photo.png", mime_type: "image/png", preview_url: `https://files.example.com/${created.id}` };
    expect(done).toMatchObject({ item: { attachments: [expected] } });
    expect((done as { item: { attachments: unknown[] } }).item.attachments[0]).toEqual(expected);
    expect((respond.mock.calls[0] as unknown[])[1]).toMatchObject({ attachments: [expected] });
    const threadId = (out[0] as { thread: { id: string } }).thread.id;
    const stored = (await store.loadItems(threadId, { limit: 5, order: "asc" }, { user: "ann" })).data[0];
    expect(stored).toMatchObject({ type: "user_message", attachments: [expected] });
  });

  it.each([
    ["not uploaded yet", async (id: string) => id, (id: string) => `params.input.attachments[0]: attachment ${id} has not been uploaded.`],
    ["unknown", async () => "atc_nope", () => "params.input.attachments[0]: attachment atc_nope not found."],
  ])("refuses an attachment %s, and creates no thread", async (_name, pick, error) => {
    const { json, handler, store } = setup();
    const created = await json(create("photo.png", 8, "image/png"));
    const id = await pick(created.id);
    const response = await handler(post({ type: "threads.create", params: { input: message([id]) } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: error(id) });
    expect((await store.listThreads({ limit: 5, order: "asc" }, { user: "ann" })).data).toEqual([]);
  });

  it("refuses another user's attachment as not found, and more than maxPerMessage", async () => {
    const { json, upload, handler } = setup({ maxPerMessage: 1 });
    const created = await json(create("photo.png", 8, "image/png"));
    await upload(uploadRequest(created.id, png(), "photo.png"), created.id);
    const foreign = await handler(post({ type: "threads.create", params: { input: message([created.id]) } }, "bob"));
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toEqual({ error: `params.input.attachments[0]: attachment ${created.id} not found.` });
    const many = await handler(post({ type: "threads.create", params: { input: message([created.id, created.id]) } }));
    expect(many.status).toBe(400);
    expect(await many.json()).toEqual({ error: "params.input.attachments: 2 attachments, more than the 1 allowed in one message." });
  });
});

describe("attachments.delete", () => {
  it("calls deleteFile, then forgets the metadata; unknown and foreign ids are 404", async () => {
    const { json, deleteFile, store } = setup();
    const created = await json(create("notes.txt", 5, "text/plain"));
    expect(await json({ type: "attachments.delete", params: { attachment_id: created.id } }, 404, "bob")).toEqual({
      error: `Attachment ${created.id} not found.`,
    });
    expect(deleteFile).not.toHaveBeenCalled();
    expect(await json({ type: "attachments.delete", params: { attachment_id: created.id } })).toEqual({});
    expect(deleteFile).toHaveBeenCalledWith(
      { type: "file", id: created.id, name: "notes.txt", mime_type: "text/plain", upload_descriptor: { url: `/upload/${created.id}`, method: "POST" } },
      { user: "ann" },
    );
    expect(await store.loadAttachment(created.id, { user: "ann" })).toBeNull();
    expect(await json({ type: "attachments.delete", params: { attachment_id: created.id } }, 404)).toEqual({
      error: `Attachment ${created.id} not found.`,
    });
  });
});

describe("the client's createAttachment / deleteAttachment against the kit", () => {
  function clientFor(kit: ReturnType<typeof setup>, strategy?: { type: "direct"; uploadUrl: string }) {
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(new URL(String(input), "http://localhost"), init);
      request.headers.set("x-user", "ann");
      const path = new URL(request.url).pathname;
      if (path.startsWith("/upload")) return kit.upload(request, path.split("/")[2]);
      return kit.handler(request);
    }) as typeof fetch;
    return createChatKitClient({ url: "http://localhost/chatkit", fetch: fetchImpl, uploadStrategy: strategy });
  }

  it("two-phase: create, upload with progress, send; delete", async () => {
    const kit = setup();
    const client = clientFor(kit);
    const progress = vi.fn();
    const file = new File([new Uint8Array(8)], "photo.png", { type: "image/png" });
    const attachment = await client.createAttachment(file, { onProgress: progress });
    expect(attachment).toEqual({
      type: "image",
      id: expect.stringMatching(/^atc_/),
      name: "photo.png",
      mime_type: "image/png",
      preview_url: `https://files.example.com/${attachment.id}`,
    });
    expect(progress.mock.calls).toEqual([[{ loaded: 0, total: 8 }], [{ loaded: 8, total: 8 }]]);
    expect(kit.files.get(attachment.id)?.size).toBe(8);
    await client.sendUserMessage({ content: [{ type: "input_text", text: "look" }], attachments: [attachment] });
    expect(client.getState().items[0]).toMatchObject({ type: "user_message", attachments: [attachment] });

    const other = await client.createAttachment(new File(["x"], "x.txt", { type: "text/plain" }));
    await client.deleteAttachment(other.id);
    expect(kit.deleteFile).toHaveBeenCalledTimes(1);
  });

  it("direct: one upload answers the attachment", async () => {
    const kit = setup();
    const client = clientFor(kit, { type: "direct", uploadUrl: "/upload" });
    const attachment = await client.createAttachment(new File(["a,b"], "t.csv", { type: "text/csv" }));
    expect(attachment).toEqual({ type: "file", id: expect.stringMatching(/^atc_/), name: "t.csv", mime_type: "text/csv" });
  });

  it("rejects with the server's reason for a refused file, and never uploads to a non-http URL", async () => {
    const kit = setup();
    const client = clientFor(kit);
    await expect(client.createAttachment(new File([new Uint8Array(2000)], "big.png", { type: "image/png" }))).rejects.toMatchObject({
      kind: "http",
      status: 413,
      message: expect.stringContaining("attachments may be at most 1000 bytes"),
    });
    const fetchSpy = vi.fn(async () =>
      Response.json({ type: "file", id: "atc_1", name: "a.txt", mime_type: "text/plain", upload_descriptor: { url: "javascript:alert(1)", method: "POST" } }),
    );
    const evilClient = createChatKitClient({ url: "http://localhost/chatkit", fetch: fetchSpy as unknown as typeof fetch });
    await expect(evilClient.createAttachment(new File(["a"], "a.txt", { type: "text/plain" }))).rejects.toMatchObject({ kind: "malformed" });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
