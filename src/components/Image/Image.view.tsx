import type { NodeView } from "../../view-kit/types";
import { backgroundStyle, blockStyle, compact } from "../../styling/resolve";
import type { ImageNode } from "../../schema";
import { Image } from "./Image";

/** Renders an `Image` node; block sizes, margin, flex and background go through the resolver. */
export const ImageView: NodeView<ImageNode> = ({ node }) => {
  // Radius stays a variant of the primitive (it also rounds the frame), so it is left out of the block style.
  const { width, height, minWidth, minHeight, maxWidth, maxHeight, aspectRatio, ...rest } = blockStyle({ ...node, radius: undefined });
  return (
    <Image
      src={node.src}
      alt={node.alt}
      fit={node.fit}
      position={node.position}
      radius={node.radius}
      frame={node.frame}
      flush={node.flush}
      width={width}
      height={height}
      minWidth={minWidth}
      minHeight={minHeight}
      maxWidth={maxWidth}
      maxHeight={maxHeight}
      aspectRatio={aspectRatio}
      style={compact({ ...rest, ...backgroundStyle(node.background) })}
    />
  );
};
