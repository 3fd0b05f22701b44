import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { isSafeImageSrc, isSafeLinkHref, urlScheme } from "../../src/components/Image/safeUrl";
import { Image } from "../../src/components/Image";
import { Markdown } from "../../src/components/Markdown";

afterEach(cleanup);
// The first render loads React and jsdom, and Markdown loads its parser chunk: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe("image and link URL allow-lists", () => {
  it.each([
    ["https://example.com/a.png", true],
    ["http://example.com/a.png", true],
    ["//cdn.example.com/a.png", true],
    ["/assets/a.png", true],
    ["a.png", true],
    ["./a.png?x=1:2", true],
    ["data:image/png;base64,iVBORw0KGgo=", true],
    ["data:image/svg+xml,%3Csvg%3E", true],
    ["DATA:IMAGE/JPEG;base64,AAAA", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["\u0001javascript:alert(1)", false],
    ["  javascript:alert(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["data:,hello", false],
    ["vbscript:msgbox(1)", false],
    ["file:///etc/passwd", false],
    ["blob:https://example.com/uuid", false],
    ["", false],
    ["   ", false],
  ])("image src %j → %s", (src, allowed) => {
    expect(isSafeImageSrc(src)).toBe(allowed);
  });

  it.each([
    ["https://example.com", true],
    ["mailto:someone@example.com", true],
    ["tel:+351210000000", true],
    ["#section", true],
    ["/relative/page", true],
    ["javascript:void(0)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["data:image/png;base64,AAAA", false],
    ["vbscript:x", false],
  ])("link href %j → %s", (href, allowed) => {
    expect(isSafeLinkHref(href)).toBe(allowed);
  });

  it("reads the scheme the way a browser does (whitespace inside is ignored)", () => {
    expect(urlScheme(" java\nscript:alert(1)")).toBe("javascript");
    expect(urlScheme("path/with:colon")).toBeUndefined();
  });
});

describe("Image", () => {
  it("renders an allowed source with its alt text", () => {
    render(<Image src="https://example.com/cat.png" alt="A cat" />);
    const img = screen.getByRole("img", { name: "A cat" });
    expect(img.tagName).toBe("IMG");
    expect(img).toHaveProperty("src", "https://example.com/cat.png");
  });

  it("never puts a blocked source into the document", () => {
    const { container } = render(<Image src="javascript:alert(1)" alt="Nope" />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.innerHTML).not.toContain("javascript:");
    expect(screen.getByRole("img", { name: "Nope" }).getAttribute("data-blocked")).toBe("true");
  });

  it("shows an empty frame labelled by the alt text when the picture fails to load, and retries a new source", () => {
    const { container, rerender } = render(<Image src="https://example.com/gone.png" alt="Gone" />);
    fireEvent.error(container.querySelector("img")!);
    expect(container.querySelector("img")).toBeNull();
    const frame = screen.getByRole("img", { name: "Gone" });
    expect(frame.getAttribute("data-broken")).toBe("true");
    rerender(<Image src="https://example.com/back.png" alt="Back" />);
    expect(screen.getByRole("img", { name: "Back" }).tagName).toBe("IMG");
  });

  it("mirrors resolved variants as data attributes", () => {
    const { container } = render(<Image src="/a.png" fit="contain" position="top left" />);
    const box = container.firstElementChild!;
    expect(box.getAttribute("data-fit")).toBe("contain");
    expect(box.getAttribute("data-position")).toBe("top left");
    expect(box.getAttribute("data-radius")).toBe("md");
    expect(box.className).toContain("cw-image--position-top-left");
  });
});

describe("Markdown", () => {
  const unsafe = [
    "[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.com) [mail](mailto:a@b.c)",
    "",
    '<script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">raw</a>',
    "",
    "![pic](javascript:alert(1)) ![good](https://example.com/p.png)",
  ].join("\n");

  it("drops raw HTML and unsafe URLs but keeps the text", async () => {
    const { container } = render(<Markdown value={unsafe} />);
    await screen.findByRole("link", { name: "ok" }, { timeout: 10_000 });
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("[onerror]")).toBeNull();
    expect(container.innerHTML).not.toMatch(/javascript:|data:text/i);
    expect([...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.com",
      "mailto:a@b.c",
    ]);
    expect(screen.getByText("js").tagName).toBe("SPAN");
    expect([...container.querySelectorAll("img")].map((img) => img.getAttribute("src"))).toEqual(["https://example.com/p.png"]);
  });

  it("opens external links in a new tab without an opener, internal ones in place", async () => {
    render(<Markdown value="[out](https://example.com) [in](#part)" />);
    const external = await screen.findByRole("link", { name: "out" }, { timeout: 10_000 });
    expect(external.getAttribute("target")).toBe("_blank");
    expect(external.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getByRole("link", { name: "in" }).hasAttribute("target")).toBe(false);
  });

  it("shows the plain text until the parser chunk arrives, then the rendered markdown", async () => {
    const { container } = render(<Markdown value={"**bold** text"} streaming />);
    const fallback = container.querySelector(".cw-markdown__fallback");
    if (fallback) expect(fallback.textContent).toBe("**bold** text");
    expect((await screen.findByText("bold", {}, { timeout: 10_000 })).tagName).toBe("STRONG");
    expect(container.firstElementChild!.getAttribute("data-streaming")).toBe("true");
  });
});
