// useClientTool: a component handles a client tool while mounted, with its latest props.
import { act, render } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createChatKitClient } from "../../src/protocol";
import { useChatKitThread, useClientTool } from "../../src/protocol/react";
import { createChatKitHandler, events } from "../../src/server";

function setup() {
  const handler = createChatKitHandler({
    async *respond() {
      yield events.clientToolCall("get_selection", { scope: "page" });
    },
    async *action() {},
    async *clientToolOutput(_thread, call) {
      yield events.assistantMessage(`Selection: ${JSON.stringify(call.output)}`);
    },
  });
  return createChatKitClient({ url: "http://chatkit.test/chatkit", fetch: async (url, init) => handler(new Request(url, init)) });
}

function Page({ client, selection }: { client: ReturnType<typeof setup>; selection: string }) {
  useClientTool(client, "get_selection", (params) => ({ text: selection, scope: params.scope }));
  const { items } = useChatKitThread(client);
  const last = items.at(-1);
  return <p>{last?.type === "assistant_message" ? last.content[0]?.text : "…"}</p>;
}

describe("useClientTool", () => {
  it("answers the server's client tool call with the component's latest handler, and unregisters on unmount", async () => {
    const client = setup();
    function Host() {
      const [selection, setSelection] = useState("first");
      return (
        <>
          <button onClick={() => setSelection("second")}>change</button>
          <Page client={client} selection={selection} />
        </>
      );
    }
    const view = render(<Host />);
    act(() => view.getByText("change").click());
    await act(() => client.createThread({ content: [{ type: "input_text", text: "Hi" }] }));
    expect(view.container.querySelector("p")?.textContent).toBe('Selection: {"text":"second","scope":"page"}');

    view.unmount();
    await expect(client.sendUserMessage({ content: [{ type: "input_text", text: "again" }] })).rejects.toMatchObject({ kind: "client_tool" });
  });
});
