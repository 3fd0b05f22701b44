import { forwardRef, type HTMLAttributes } from "react";

export interface ErrorCardProps extends HTMLAttributes<HTMLDivElement> {
  /** Path of the node that could not be rendered (`""` = the widget root). */
  path: string;
  /** What went wrong, one line each (validation messages or the error a view threw). */
  problems: readonly string[];
  /** Heading of the card. @default "This part of the widget could not be shown" */
  title?: string;
}

/**
 * Compact card that stands in for a subtree that failed validation or threw while rendering, so one
 * bad node never takes the host page (or the rest of the widget) down with it.
 */
export const ErrorCard = forwardRef<HTMLDivElement, ErrorCardProps>(function ErrorCard(
  { path, problems, title = "This part of the widget could not be shown", className, ...rest },
  ref,
) {
  const location = path === "" ? "widget root" : path;
  return (
    <div
      ref={ref}
      role="group"
      aria-label={`Widget error at ${location}`}
      data-path={path}
      className={className ? `cw-error-card ${className}` : "cw-error-card"}
      {...rest}
    >
      <svg className="cw-error-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" />
        <path d="M12 7.5v5.5M12 16.5v.01" />
      </svg>
      <div className="cw-error-card__body">
        <p className="cw-error-card__title">{title}</p>
        <p className="cw-error-card__path">
          at <code>{location}</code>
        </p>
        {problems.length > 0 && (
          <ul className="cw-error-card__problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
