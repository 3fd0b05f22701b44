// The react-markdown part of Markdown, in its own module so it loads as a separate chunk.
import { createContext, useContext, type MouseEvent, type ReactNode } from "react";
import ReactMarkdown, { type Components, type UrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";
import { isSafeImageSrc, isSafeLinkHref } from "../Image/safeUrl";
import { parseDeeplink } from "./deeplink";
import type { DeeplinkHandler } from "./deeplinkContext";
import { markdownLimitProblem } from "./limits";

// Raw HTML is dropped (skipHtml) rather than escaped into text; URLs of links and images that fail the
// scheme allow-list become empty, and the link/image components below then render them inert.
// `chatkit-link://` links are kept for the app's deeplink handler (inert when there is none).
const urlTransform: UrlTransform = (url, key) => {
  if (key === "src") return isSafeImageSrc(url) ? url : "";
  return isSafeLinkHref(url) || parseDeeplink(url) ? url : "";
};

// GitHub-flavoured Markdown, as chat answers are written: tables, ~~strikethrough~~, task lists, autolinks.
const remarkPlugins = [remarkGfm];

const components: Components = {
  a({ node: _node, href, children, ...rest }) {
    if (href) {
      const deeplink = parseDeeplink(href);
      if (deeplink) return <DeeplinkAnchor href={href} rest={rest} deeplink={deeplink}>{children}</DeeplinkAnchor>;
    }
    if (!href) return <span className="cw-markdown__blocked-link">{children}</span>;
    const external = /^(https?:)?\/\//i.test(href);
    return (
      <a href={href} {...rest} {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
        {children}
      </a>
    );
  },
  // A task-list box (`- [x] …`) is read-only; its name says its state, the item's text follows it.
  input({ node: _node, type, checked, ...rest }) {
    if (type !== "checkbox") return null;
    return <input {...rest} type="checkbox" checked={checked === true} disabled readOnly aria-label={checked ? "Done" : "To do"} />;
  },
  img({ node: _node, src, alt, ...rest }) {
    if (!src || typeof src !== "string") return alt ? <span>{alt}</span> : null;
    return <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" {...rest} />;
  },
};

/** A `chatkit-link://` link: the app's handler receives it; the browser never navigates to it. */
function DeeplinkAnchor({
  href,
  deeplink,
  rest,
  children,
}: {
  href: string;
  deeplink: NonNullable<ReturnType<typeof parseDeeplink>>;
  rest: Record<string, unknown>;
  children: ReactNode;
}) {
  const onDeeplink = useContext(ActiveDeeplinkHandler);
  if (!onDeeplink) return <span className="cw-markdown__blocked-link">{children}</span>;
  const activate = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onDeeplink(deeplink);
  };
  return (
    <a
      {...rest}
      href={href}
      data-deeplink=""
      onClick={activate}
      // A middle click would ask the browser to open the unknown scheme in a new tab.
      onAuxClick={(event) => event.preventDefault()}
    >
      {children}
    </a>
  );
}

/**
 * The handler `Markdown` passes in, for the links react-markdown draws. Kept in this chunk: `DeeplinkContext`
 * itself is read by the eager `Markdown`, so the chunk shares no module with the eager path for it.
 */
const ActiveDeeplinkHandler = createContext<DeeplinkHandler | undefined>(undefined);

export default function MarkdownContent({
  value,
  streaming,
  onDeeplink,
}: {
  value: string;
  streaming?: boolean;
  /** Receives activated `chatkit-link://` links; without it they are inert text. */
  onDeeplink?: DeeplinkHandler;
}) {
  // Past the parse limits: all of the text, as text (the check lives in this chunk, off the eager path).
  if (markdownLimitProblem(value) !== null) {
    return (
      <p className="cw-markdown__fallback" data-cw-markdown="plain" data-streaming={streaming || undefined}>
        {value}
      </p>
    );
  }
  return (
    <ActiveDeeplinkHandler.Provider value={onDeeplink}>
      <ReactMarkdown skipHtml remarkPlugins={remarkPlugins} urlTransform={urlTransform} components={components}>
        {value}
      </ReactMarkdown>
    </ActiveDeeplinkHandler.Provider>
  );
}
