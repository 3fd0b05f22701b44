// The widgets every consumer app renders: a card with a primary button in light, in dark, a light card nested in
// a dark root (the widget's own `theme`), and a `.cw-root` without a theme inside a dark one (inherits dark).
// Copied (with widgets.ts) into each app by test/package/package.test.ts.
import { useState } from "react";
import { ThemeProvider, WidgetRenderer, type ClientActionHandler } from "chat-widgets";
import { card } from "./widgets";

/** The four theme cases, each in a section with the case as its id; a click's action is shown in #last-action. */
export function Cases() {
  const [last, setLast] = useState("");
  const onAction: ClientActionHandler = (action) => {
    setLast(JSON.stringify(action));
  };
  return (
    <main>
      <section id="light">
        <ThemeProvider colorScheme="light">
          <WidgetRenderer widget={card("light")} onAction={onAction} />
        </ThemeProvider>
      </section>
      <section id="dark">
        <ThemeProvider colorScheme="dark">
          <WidgetRenderer widget={card("dark")} onAction={onAction} />
        </ThemeProvider>
      </section>
      <section id="nested">
        <ThemeProvider colorScheme="dark">
          <WidgetRenderer widget={card("nested", "light")} onAction={onAction} />
        </ThemeProvider>
      </section>
      <section id="inherit">
        <ThemeProvider colorScheme="dark">
          <div className="cw-root">
            <WidgetRenderer widget={card("inherit")} onAction={onAction} />
          </div>
        </ThemeProvider>
      </section>
      <output id="last-action">{last}</output>
    </main>
  );
}
