import { forwardRef, useEffect, useRef, type HTMLAttributes, type Key, type ReactNode } from "react";

export interface TransitionProps extends HTMLAttributes<HTMLDivElement> {
  /** Identity of the current child: a new value animates the swap (the new child fades and slides in). */
  contentKey?: Key | null;
  /** The single child shown. */
  children?: ReactNode;
}

/**
 * Animates its child appearing and being swapped for another (by `contentKey`). The first render
 * does not animate; users who prefer reduced motion get no animation (CSS media query).
 */
export const Transition = forwardRef<HTMLDivElement, TransitionProps>(function Transition(
  { contentKey, children, className, ...rest },
  ref,
) {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
  const hasChild = children !== null && children !== undefined && children !== false;
  return (
    <div ref={ref} className={className ? `cw-transition ${className}` : "cw-transition"} {...rest}>
      {hasChild && (
        <div
          key={contentKey ?? "content"}
          className="cw-transition__item"
          // Only children that arrive after the first render animate in.
          data-enter={mounted.current ? "" : undefined}
        >
          {children}
        </div>
      )}
    </div>
  );
});
