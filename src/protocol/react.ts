// React binding for ChatKitClient: components re-render when the client's state changes.
import { useSyncExternalStore } from "react";
import type { ChatKitClient, ChatKitClientState } from "./client";

/** The client's current thread state; re-renders on every change (items keep identity when untouched). */
export function useChatKitThread(client: ChatKitClient): ChatKitClientState {
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}
