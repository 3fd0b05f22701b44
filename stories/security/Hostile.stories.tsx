import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { XSS_VECTORS } from "../../test/security/vectors";

// Hostile widget JSON in a real browser. These stories are a security harness, not a design state, so they take
// no screenshots ("no-visual"); docs/security.md describes the suite.

declare global {
  interface Window {
    __cwAlerts?: string[];
  }
}

/** Replaces `alert` (and confirm/prompt) with a counter before the story renders, so a script that runs is seen. */
function installAlertCounter() {
  const calls: string[] = [];
  window.__cwAlerts = calls;
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (message?: unknown) => void calls.push(String(message));
  window.confirm = (message?: unknown) => (calls.push(String(message)), false);
  window.prompt = (message?: unknown) => (calls.push(String(message)), null);
  return () => Object.assign(window, original);
}

const meta = {
  title: "Security/Hostile widgets",
  tags: ["no-visual"],
  beforeEach: installAlertCounter,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const RISKIEST = XSS_VECTORS.filter((vector) => vector.browser);

/**
 * The riskiest XSS vectors rendered by `WidgetRenderer` in Chromium; every link, button and image in them is
 * clicked. A positive control (a `javascript:` link of the story's own) proves the `alert` counter works.
 */
export const XssVectors: Story = {
  // Blocked picture sources are reported in development, once each: that report is part of what is tested.
  parameters: { console: { expected: [/image source blocked/] } },
  render: () => (
    <div>
      <p data-control="">Positive control: an image with an inline onerror handler, added by the play function.</p>
      {RISKIEST.map((vector) => (
        <section key={vector.name} aria-label={vector.name} data-vector="">
          <WidgetRenderer widget={vector.widget} onAction={() => {}} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(RISKIEST.length).toBeGreaterThanOrEqual(11);
    // Markdown renders once its parser chunk is in.
    await waitFor(() => expect(canvasElement.querySelector(".cw-markdown__fallback:not([data-cw-markdown])")).toBeNull(), { timeout: 10_000 });
    // Made with the DOM, outside the widget renderer: the way injected markup would run if any got through.
    // (A javascript: link does not navigate inside the test iframe, so it could not prove the counter.)
    const control = document.createElement("img");
    control.alt = "";
    control.setAttribute("onerror", "window.alert('control')");
    control.src = "data:image/png;base64,broken";
    canvasElement.querySelector("[data-control]")!.append(control);
    await waitFor(() => expect(window.__cwAlerts).toEqual(["control"]));
    for (const element of Array.from(canvasElement.querySelectorAll<HTMLElement>("[data-vector] :is(a, button, img)"))) {
      element.click();
    }
    // Give a script URL, an onerror or an onload time to run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(window.__cwAlerts).toEqual(["control"]);
    await expect(canvasElement.querySelectorAll("[data-vector] script, [data-vector] iframe")).toHaveLength(0);
  },
};

function deepBoxes(depth: number): unknown {
  let node: unknown = { type: "Text", value: "x" };
  for (let level = 0; level < depth; level++) node = { type: "Box", children: [node] };
  return { type: "Card", children: [node] };
}

function DeepHost() {
  const [version, setVersion] = useState(0);
  // A fresh copy each time, as a streamed update produces.
  const widget = deepBoxes(version % 2 === 0 ? 50_000 : 5_000);
  return (
    <main>
      <h1>Host app</h1>
      <button type="button" onClick={() => setVersion((value) => value + 1)}>
        New version ({version})
      </button>
      <WidgetRenderer widget={widget} />
    </main>
  );
}

/** A widget 50,000 and 5,000 levels deep, rendered and re-rendered: the host stays, the widget is one error card. */
export const DeepWidget: Story = {
  render: () => <DeepHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (let round = 0; round < 3; round++) {
      await userEvent.click(canvas.getByRole("button", { name: /New version/ }));
      await expect(canvas.getByRole("heading", { name: "Host app" })).toBeInTheDocument();
      await expect(canvasElement.querySelectorAll(".cw-error-card")).toHaveLength(1);
    }
    await expect(canvasElement.querySelector(".cw-error-card")?.textContent).toContain("nested deeper than 1000 levels");
  },
};
