// React binding for ChatKitClient: components re-render when the client's state changes.
import { useEffect, useRef, useSyncExternalStore } from "react";
import type { ChatKitClient, ChatKitClientState } from "./client";
import type { ClientToolCallItem } from "./types";

/** The client's current thread state; re-renders on every change (items keep identity when untouched). */
export function useChatKitThread(client: ChatKitClient): ChatKitClientState {
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}

/**
 * Handles the client tool `name` while the calling component is mounted (`client.registerClientTool`).
 * `handler(params, call)` gets the call's `arguments` and returns the output sent back to the server (any JSON
 * value, or a promise of it). The latest `handler` is used without re-registering on every render.
 */
export function useClientTool(
  client: ChatKitClient,
  name: string,
  handler: (params: Record<string, unknown>, call: ClientToolCallItem) => unknown,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => client.registerClientTool(name, (params, call) => latest.current(params, call)), [client, name]);
}
