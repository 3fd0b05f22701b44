// Hostile widget JSON in jsdom: no script-capable markup, no script URL, no url() in a style, and the host's
// `alert` never called. The riskiest vectors also run in Chromium (stories/security/XssVectors.stories.tsx).
import { cleanup, render, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { WidgetRenderer } from "../../src/renderer";
import { dangerousMarkup, XSS_VECTORS } from "./vectors";

vi.setConfig({ testTimeout: 20_000 });
beforeAll(async () => {
  // The Markdown parser chunk, loaded once up front (slow on a busy machine).
  await import("../../src/components/Markdown/MarkdownContent");
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("XSS vectors in widget JSON", () => {
  it("has a list of at least 40 vectors", () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(40);
  });

  it("the markup check catches what it is meant to catch (positive control)", () => {
    const host = document.createElement("div");
    host.innerHTML =
      '<a href="java\tscript:alert(1)">a</a><img src="x" onerror="alert(1)"><div style="background:url(x)"></div><script></script>';
    expect(dangerousMarkup(host)).toHaveLength(4);
  });

  it.each(XSS_VECTORS.map((vector) => [vector.name, vector] as const))("%s", async (_name, vector) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const alert = vi.fn();
    vi.stubGlobal("alert", alert);
    const { container } = render(<WidgetRenderer widget={vector.widget} onAction={() => {}} />);
    // Markdown renders once its parser chunk has loaded.
    if (JSON.stringify(vector.widget).includes('"Markdown"')) {
      await waitFor(() => expect(container.querySelector(".cw-markdown__fallback:not([data-cw-markdown])")).toBeNull(), { timeout: 10_000 });
    }
    expect(dangerousMarkup(container)).toEqual([]);
    for (const element of Array.from(container.querySelectorAll<HTMLElement>("a, button, img"))) element.click();
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
