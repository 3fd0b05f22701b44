import { forwardRef, type HTMLAttributes } from "react";
import { Icon } from "../Icon/Icon";
import { isSafeImageSrc } from "../Image/safeUrl";

/** `{ text, icon }` or `{ text, favicon, frame }` (WIDGET-SPEC §2.6 WidgetStatus). */
export interface WidgetStatusValue {
  /** Short status line, e.g. "Found 3 flights". */
  text: string;
  /** Icon name shown before the text. */
  icon?: string;
  /** URL of a site icon shown before the text. */
  favicon?: string;
  /** Put the favicon on a small framed tile. */
  frame?: boolean;
}

export interface StatusHeaderProps extends HTMLAttributes<HTMLDivElement> {
  status: WidgetStatusValue;
}

/** The status line above a Card or ListView. */
export const StatusHeader = forwardRef<HTMLDivElement, StatusHeaderProps>(function StatusHeader(
  { status, className, children, ...rest },
  ref,
) {
  const favicon = status.favicon && isSafeImageSrc(status.favicon) ? status.favicon : undefined;
  return (
    <div ref={ref} className={className ? `cw-status ${className}` : "cw-status"} {...rest}>
      {favicon ? (
        <span className="cw-status__favicon" data-frame={status.frame ? "true" : undefined}>
          <img src={favicon} alt="" width={16} height={16} />
        </span>
      ) : status.icon ? (
        <Icon name={status.icon} size="sm" className="cw-status__icon" />
      ) : null}
      <span className="cw-status__text">{status.text}</span>
      {children}
    </div>
  );
});
