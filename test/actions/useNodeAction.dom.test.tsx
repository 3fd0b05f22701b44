import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionProvider, resetDevWarnings, useNodeAction, type ActionBinding } from "../../src/actions";
import type { ActionConfig } from "../../src/schema";

afterEach(() => {
  cleanup();
  resetDevWarnings();
  vi.restoreAllMocks();
});

function Trigger({ action, binding = "button", name, value }: { action: ActionConfig; binding?: ActionBinding; name?: string; value?: unknown }) {
  const node = useNodeAction(action, binding, "children[0]");
  return (
    <button type="button" data-loading={node.loading} disabled={node.disabled} onClick={(event) => void (name ? node.run({ name, value, element: event.currentTarget }) : node.run(event))}>
      go
    </button>
  );
}

describe("useNodeAction", () => {
  it("adds an onChange control's new value under its name, over the stale DOM value", async () => {
    const onAction = vi.fn();
    render(
      <ActionProvider onAction={onAction}>
        <form>
          <input name="filters.kind" defaultValue="old" />
          <Trigger action={{ type: "filter", handler: "client" }} binding="select" name="filters.kind" value="new" />
        </form>
      </ActionProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button"));
    expect(onAction).toHaveBeenCalledWith({ type: "filter", payload: { filters: { kind: "new" } } }, { id: "local", widget: null });
  });

  it("dispatches every click with loadingBehavior none", async () => {
    const onAction = vi.fn(() => new Promise(() => {}));
    render(
      <ActionProvider onAction={onAction}>
        <Trigger action={{ type: "ping", handler: "client", loadingBehavior: "none" }} />
      </ActionProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button"));
    await user.click(screen.getByRole("button"));
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it("reports a rejected handler as a dispatch error and ends the loading state", async () => {
    const onError = vi.fn();
    const onAction = vi.fn(() => Promise.reject(new Error("offline")));
    render(
      <ActionProvider onAction={onAction} onError={onError}>
        <Trigger action={{ type: "save", handler: "client", payload: { id: 1 } }} />
      </ActionProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button"));
    await act(async () => {});
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "dispatch", actionType: "save", message: 'action "save" failed: offline' }));
    expect(screen.getByRole("button").hasAttribute("disabled")).toBe(false);
  });

  it("warns once in development about mixed handlers, missing payloads and action.arguments", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const onAction = vi.fn();
    render(
      <ActionProvider onAction={onAction} onServerAction={() => {}}>
        <Trigger action={{ type: "item.delete", handler: "client" }} />
        <Trigger action={{ type: "item.delete" }} />
      </ActionProvider>,
    );
    const [client] = screen.getAllByRole("button");
    const user = userEvent.setup();
    await user.click(client!);
    await user.click(client!);
    const action = onAction.mock.calls[0]![0] as { arguments?: unknown };
    expect(action.arguments).toBeUndefined();
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((message) => message.includes('"item.delete" is used with handler "server" and with handler "client"'))).toHaveLength(1);
    expect(messages.filter((message) => message.includes("dispatched without a payload"))).toHaveLength(1);
    expect(messages.filter((message) => message.includes("action.arguments was read"))).toHaveLength(1);
  });
});
