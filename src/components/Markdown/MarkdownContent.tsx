// The react-markdown part of Markdown, in its own module so it loads as a separate chunk.
import ReactMarkdown, { type Components, type UrlTransform } from "react-markdown";
import { isSafeImageSrc, isSafeLinkHref } from "../Image/safeUrl";

// Raw HTML is dropped (skipHtml) rather than escaped into text; URLs of links and images that fail the
// scheme allow-list become empty, and the link/image components below then render them inert.
const urlTransform: UrlTransform = (url, key) => {
  if (key === "src") return isSafeImageSrc(url) ? url : "";
  return isSafeLinkHref(url) ? url : "";
};

const components: Components = {
  a({ node: _node, href, children, ...rest }) {
    if (!href) return <span className="cw-markdown__blocked-link">{children}</span>;
    const external = /^(https?:)?\/\//i.test(href);
    return (
      <a href={href} {...rest} {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
        {children}
      </a>
    );
  },
  img({ node: _node, src, alt, ...rest }) {
    if (!src || typeof src !== "string") return alt ? <span>{alt}</span> : null;
    return <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" {...rest} />;
  },
};

export default function MarkdownContent({ value }: { value: string }) {
  return (
    <ReactMarkdown skipHtml urlTransform={urlTransform} components={components}>
      {value}
    </ReactMarkdown>
  );
}
