// A server component: renders a static widget on the server (no handlers cross to the client), and the
// interactive widgets through a "use client" component.
import { ThemeProvider, WidgetRenderer } from "chat-widgets";
import { card } from "./widgets";
import { ClientCases } from "./ClientCases";

export default function Page() {
  return (
    <>
      <section id="server">
        <ThemeProvider colorScheme="dark">
          <WidgetRenderer widget={card("server")} />
        </ThemeProvider>
      </section>
      <ClientCases />
    </>
  );
}
