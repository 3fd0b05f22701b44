// Hostile widget content shared by the jsdom suite (test/security/xss.dom.test.tsx) and the Chromium story
// (stories/security/XssVectors.stories.tsx). Each vector is a whole widget: a Card around the payload.

export interface XssVector {
  name: string;
  widget: Record<string, unknown>;
  /** One of the riskiest: also run in Chromium, where a script that ran would call `alert`. */
  browser?: boolean;
}

const card = (...children: unknown[]) => ({ type: "Card", children });
const image = (src: string) => card({ type: "Image", src, alt: "vector" });
const markdown = (value: string) => card({ type: "Markdown", value });
const text = (value: string) => card({ type: "Text", value });
const box = (props: Record<string, unknown>) => card({ type: "Box", ...props, children: [{ type: "Text", value: "styled" }] });

const SCRIPT_URLS: [string, string, boolean?][] = [
  ["javascript: URL", "javascript:alert(1)", true],
  ["mixed-case scheme", "JaVaScRiPt:alert(1)", true],
  ["tab inside the scheme", "java\tscript:alert(1)", true],
  ["newline inside the scheme", "java\nscript:alert(1)"],
  ["control character before the scheme", "\u0001javascript:alert(1)"],
  ["leading spaces", "   javascript:alert(1)"],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["data:text/html", "data:text/html,<script>alert(1)</script>", true],
  ["data:text/html;base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
  ["javascript:// comment trick", "javascript://%0aalert(1)"],
  ["entity-encoded scheme (literal in JSON)", "&#106;avascript:alert(1)"],
  ["attribute break-out", "x\" onerror=\"alert(1)"],
];

export const XSS_VECTORS: XssVector[] = [
  // Image sources.
  ...SCRIPT_URLS.map(([name, url, browser]) => ({ name: `Image src: ${name}`, widget: image(url), browser })),
  { name: "Image src: SVG data URL with onload", widget: image("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"), browser: true },
  // Status favicons (an image URL in the card's header).
  { name: "Card status favicon: javascript:", widget: { type: "Card", status: { text: "s", favicon: "javascript:alert(1)" }, children: [] } },
  { name: "ListView status favicon: data:text/html", widget: { type: "ListView", status: { text: "s", favicon: "data:text/html,<script>alert(1)</script>" }, children: [] } },
  // Markdown links, images, raw HTML.
  { name: "Markdown link: javascript:", widget: markdown("[click](javascript:alert(1))"), browser: true },
  { name: "Markdown link: upper case", widget: markdown("[click](JAVASCRIPT:alert(1))") },
  { name: "Markdown link: decimal entity", widget: markdown("[click](&#106;avascript:alert(1))"), browser: true },
  { name: "Markdown link: hex entity", widget: markdown("[click](&#x6A;avascript:alert(1))") },
  { name: "Markdown link: entity colon", widget: markdown("[click](javascript&#58;alert(1))"), browser: true },
  { name: "Markdown link: named entity colon", widget: markdown("[click](javascript&colon;alert(1))") },
  { name: "Markdown link: vbscript:", widget: markdown("[click](vbscript:msgbox(1))") },
  { name: "Markdown link: data:text/html", widget: markdown("[click](data:text/html,<script>alert(1)</script>)") },
  { name: "Markdown link: reference definition", widget: markdown("[click][x]\n\n[x]: javascript:alert(1)") },
  { name: "Markdown autolink", widget: markdown("<javascript:alert(1)>") },
  { name: "Markdown link: angle-bracket destination with spaces", widget: markdown("[click](<javascript: alert(1)>)") },
  { name: "Markdown link title break-out", widget: markdown('[click](https://example.com "a\\" onmouseover=\\"alert(1))') },
  { name: "Markdown image: javascript:", widget: markdown("![x](javascript:alert(1))") },
  { name: "Markdown image: data:text/html", widget: markdown("![x](data:text/html,<script>alert(1)</script>)") },
  { name: "Markdown raw <script>", widget: markdown("<script>alert(1)</script>"), browser: true },
  { name: "Markdown raw <img onerror>", widget: markdown("<img src=x onerror=alert(1)>"), browser: true },
  { name: "Markdown raw <svg onload>", widget: markdown("<svg onload=alert(1)></svg>") },
  { name: "Markdown raw <a href=javascript:>", widget: markdown('<a href="javascript:alert(1)">x</a>') },
  { name: "Markdown raw <iframe>", widget: markdown("<iframe src=\"javascript:alert(1)\"></iframe>") },
  { name: "Markdown raw <style> url()", widget: markdown("<style>*{background:url(javascript:alert(1))}</style>") },
  { name: "Markdown raw <details ontoggle>", widget: markdown("<details open ontoggle=alert(1)>x</details>") },
  { name: "Markdown raw MathML xlink:href", widget: markdown('<math><mi xlink:href="javascript:alert(1)">x</mi></math>') },
  { name: "Markdown HTML inside a link text", widget: markdown("[<img src=x onerror=alert(1)>](https://example.com)") },
  // Plain text props never become HTML.
  { name: "Text value with <script>", widget: text("<script>alert(1)</script>") },
  { name: "Text value with <img onerror>", widget: text("<img src=x onerror=alert(1)>"), browser: true },
  { name: "Title value with <svg onload>", widget: card({ type: "Title", value: "<svg onload=alert(1)>" }) },
  { name: "Button label with markup", widget: card({ type: "Button", label: "<img src=x onerror=alert(1)>" }) },
  { name: "Badge label with markup", widget: card({ type: "Badge", label: "<script>alert(1)</script>" }) },
  { name: "Icon name with markup", widget: card({ type: "Icon", name: "<img src=x onerror=alert(1)>" }) },
  // Style injection through free CSS values.
  { name: "Box background url(javascript:)", widget: box({ background: "url(javascript:alert(1))" }), browser: true },
  { name: "Box background url() tracking pixel", widget: box({ background: "url(https://evil.example/pixel.png)" }) },
  { name: "Box background gradient with url()", widget: box({ background: "linear-gradient(red, blue), url(https://evil.example/x)" }) },
  { name: "Box background image-set()", widget: box({ background: "image-set('https://evil.example/x.png' 1x)" }) },
  { name: "Box background expression()", widget: box({ background: "expression(alert(1))" }) },
  { name: "Box background declaration break-out", widget: box({ background: "red;background-image:url(https://evil.example/x)" }) },
  { name: "Box background escaped url", widget: box({ background: "u\\72l(https://evil.example/x)" }) },
  { name: "Box background comment split", widget: box({ background: "ur/**/l(https://evil.example/x)" }) },
  { name: "Box background { light, dark } with url()", widget: box({ background: { light: "url(https://evil.example/l)", dark: "url(https://evil.example/d)" } }) },
  { name: "Text color with url()", widget: card({ type: "Text", value: "x", color: "red;background:url(https://evil.example/x)" }) },
  { name: "Text color quote break-out", widget: card({ type: "Text", value: "x", color: "red\" onmouseover=\"alert(1)" }) },
  { name: "Box padding with url()", widget: box({ padding: "calc(1px);background:url(https://evil.example/x)" }) },
  { name: "Box width with url()", widget: box({ width: "100px;background-image:url(javascript:alert(1))" }) },
  { name: "Box radius with behavior", widget: box({ radius: "1px;behavior:url(x.htc)" }) },
  { name: "Box border color with url()", widget: box({ border: { size: 1, color: "url(https://evil.example/x)" } }) },
  { name: "Box @import", widget: box({ background: "@import 'https://evil.example/x.css'" }) },
];

/** Attributes that carry URLs a browser may load or navigate to. */
const URL_ATTRIBUTES = ["href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "background", "data"];
const FORBIDDEN_STYLE = /url\s*\(|image-set\s*\(|expression\s*\(|javascript:|vbscript:|behavior|@import/i;
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

function scheme(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ""));
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * Everything in `root` that could run script or load something the widget author chose outside the allow-lists:
 * script-capable elements, `on*` attributes, URL attributes with another scheme (`data:image/…` allowed on
 * `img src` only), styles with `url()`/`expression()`/script schemes. Empty when the markup is safe.
 */
export function dangerousMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "style", "link", "meta", "base", "frame", "foreignobject"].includes(tag)) {
      found.push(`<${tag}> element`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const value = attribute.value;
        const kind = scheme(value.trim());
        const imageData = tag === "img" && name === "src" && /^data:image\//i.test(value.trim());
        if (kind !== undefined && !ALLOWED_SCHEMES.has(kind) && !(kind === "data" && imageData)) {
          found.push(`${tag}[${name}=${value.slice(0, 60)}]`);
        }
      }
      if (name === "style" && FORBIDDEN_STYLE.test(attribute.value)) found.push(`${tag}[style=${attribute.value.slice(0, 60)}]`);
    }
  }
  return found;
}
