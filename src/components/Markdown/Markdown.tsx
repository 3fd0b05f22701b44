import { forwardRef, lazy, Suspense, useContext, type HTMLAttributes } from "react";
import { cx } from "class-variance-authority";
import { DeeplinkContext, type DeeplinkHandler } from "./deeplinkContext";

// react-markdown (and its parser) load on first use as a separate chunk, with the parse-limit check: text past
// the limits is shown as plain text by that chunk, and as plain text by the fallback until it arrives.
const MarkdownContent = lazy(() => import("./MarkdownContent"));

export interface MarkdownProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /**
   * Markdown source: CommonMark with GitHub's extensions (tables, ~~strikethrough~~, task lists, autolinked
   * URLs). Raw HTML is not rendered; links and images only keep http(s), mailto/tel (links), `data:image/`
   * (images) and relative URLs; external links open in a new tab with `rel="noopener noreferrer"`.
   * `chatkit-link://` links go to `onDeeplink`. Text beyond the parse limits (20,000 characters, 4,000 markup
   * characters, 32 nested levels per line; see `markdownLimitProblem`) is shown as plain text.
   */
  value: string;
  /**
   * Receives a clicked `chatkit-link://name?key=value` link as `{ name, data }` (see `parseDeeplink`); the
   * browser does not navigate. Defaults to the handler of the surrounding `WidgetRenderer`/`ChatThread`;
   * without one, such links render as inert text.
   */
  onDeeplink?: DeeplinkHandler;
  /** Show a soft caret after the last block while the text is still arriving. @default false */
  streaming?: boolean;
}

/**
 * Rendered Markdown. Until the parser chunk has loaded, the plain text is shown at the same size,
 * so the page does not jump when it arrives.
 */
export const Markdown = forwardRef<HTMLDivElement, MarkdownProps>(function Markdown(
  { value, streaming = false, onDeeplink, className, ...rest },
  ref,
) {
  const inherited = useContext(DeeplinkContext);
  return (
    <div ref={ref} className={cx("cw-markdown", className)} data-streaming={streaming || undefined} {...rest}>
      <Suspense
        fallback={
          <p className="cw-markdown__fallback" data-streaming={streaming || undefined}>
            {value}
          </p>
        }
      >
        <MarkdownContent value={value} streaming={streaming} onDeeplink={onDeeplink ?? inherited} />
      </Suspense>
    </div>
  );
});
