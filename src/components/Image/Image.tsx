import { WarnOnceMemory } from "../../actions/devWarnings";
import { forwardRef, useState, type CSSProperties, type HTMLAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { isSafeImageSrc } from "./safeUrl";

// The value lists are the widget vocabulary's; the primitive accepts exactly what widget JSON may say.
import { IMAGE_FITS, IMAGE_POSITIONS } from "../../schema/vocabulary";
export { IMAGE_FITS, IMAGE_POSITIONS };
export const IMAGE_RADII = ["2xs", "xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "full", "100%", "none"] as const;

type ImageFit = (typeof IMAGE_FITS)[number];
type ImagePosition = (typeof IMAGE_POSITIONS)[number];
type ImageRadius = (typeof IMAGE_RADII)[number];

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name.replace(/[ %]/g, (c) => (c === " " ? "-" : "pct"))}`])) as Record<K, string>;

/** Defaults of the variants (mirrored into the data-* attributes). */
export const IMAGE_DEFAULTS = { fit: "cover", position: "center", radius: "md", frame: false, flush: false } as const;

export const imageVariants = cva("cw-image", {
  variants: {
    fit: classes(IMAGE_FITS, "cw-image--fit-"),
    position: classes(IMAGE_POSITIONS, "cw-image--position-"),
    radius: classes(IMAGE_RADII, "cw-image--radius-"),
    frame: { true: "cw-image--frame", false: "" },
    flush: { true: "cw-image--flush", false: "" },
  },
  defaultVariants: IMAGE_DEFAULTS,
});

type ImageVariantProps = VariantProps<typeof imageVariants>;

/** Block sizes; the widget view turns numbers into px before they get here. */
export interface ImageBlockSize {
  width?: CSSProperties["width"];
  height?: CSSProperties["height"];
  minWidth?: CSSProperties["minWidth"];
  minHeight?: CSSProperties["minHeight"];
  maxWidth?: CSSProperties["maxWidth"];
  maxHeight?: CSSProperties["maxHeight"];
  aspectRatio?: CSSProperties["aspectRatio"];
}

export interface ImageProps extends Omit<HTMLAttributes<HTMLDivElement>, "children">, ImageBlockSize {
  /** Image URL: http(s), relative or `data:image/…`; anything else is blocked and shows an empty frame. */
  src: string;
  /** Text alternative. Empty or omitted marks the image decorative. */
  alt?: string;
  /** How the image fills its box (`object-fit`). @default "cover" */
  fit?: ImageFit;
  /** Which part stays visible when cropped (`object-position`). @default "center" */
  position?: ImagePosition;
  /** Corner radius token. @default "md" */
  radius?: ImageRadius;
  /** A subtle frame (padding on a secondary surface) around the image. @default false */
  frame?: ImageVariantProps["frame"];
  /** Bleed to the container's edges, ignoring its padding. @default false */
  flush?: ImageVariantProps["flush"];
  /** Load lazily (off-screen images wait). @default true */
  lazy?: boolean;
}

// Bounded: a stream of distinct blocked sources (each maybe megabytes of data: URL) cannot grow memory.
let warnedSources: WarnOnceMemory | undefined;

function warnBlocked(src: string) {
  warnedSources ??= new WarnOnceMemory();
  if (warnedSources.remember(src)) {
    console.warn(`chat-widgets: image source blocked (only http(s), relative and data:image URLs load): ${src.slice(0, 80)}`);
  }
}

/** An image in a rounded box with a subtle border. */
export const Image = forwardRef<HTMLDivElement, ImageProps>(function Image(
  {
    src,
    alt,
    fit,
    position,
    radius,
    frame,
    flush,
    lazy = true,
    width,
    height,
    minWidth,
    minHeight,
    maxWidth,
    maxHeight,
    aspectRatio,
    className,
    style,
    ...rest
  },
  ref,
) {
  const safe = isSafeImageSrc(src);
  // An empty `src` (a widget that left it out) is an empty frame, already warned about by the parser.
  // Inline guard (see actions/devWarnings.ts): production builds drop the warning and its code.
  try {
    if (process.env.NODE_ENV !== "production" && !safe && src.trim() !== "") warnBlocked(src);
  } catch {
    if (typeof process === "undefined" && !safe && src.trim() !== "") warnBlocked(src); // an unbundled page
  }
  // A picture that fails to load (offline, expired link) leaves the same empty frame as a blocked one instead
  // of the browser's broken-image icon and alt text spilling over the layout; the alt text stays the label.
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const broken = safe && failedSrc === src;
  const shown = safe && !broken;
  const sizeStyle: CSSProperties = { width, height, minWidth, minHeight, maxWidth, maxHeight, aspectRatio };
  return (
    <div
      ref={ref}
      className={cx(imageVariants({ fit, position, radius, frame, flush }), className)}
      data-fit={fit ?? IMAGE_DEFAULTS.fit}
      data-position={position ?? IMAGE_DEFAULTS.position}
      data-radius={radius ?? IMAGE_DEFAULTS.radius}
      data-frame={frame || undefined}
      data-flush={flush || undefined}
      data-blocked={safe ? undefined : true}
      data-broken={broken || undefined}
      data-sized={height !== undefined || aspectRatio !== undefined || undefined}
      style={{ ...sizeStyle, ...style }}
      {...(shown ? {} : alt ? { role: "img", "aria-label": alt } : {})}
      {...rest}
    >
      {shown ? (
        <img
          className="cw-image__img"
          src={src}
          alt={alt ?? ""}
          loading={lazy ? "lazy" : undefined}
          decoding="async"
          onError={() => setFailedSrc(src)}
        />
      ) : null}
    </div>
  );
});
