import { forwardRef, useRef, useState, type HTMLAttributes, type ReactNode } from "react";
import { HoverCard } from "radix-ui";
import { WidgetRenderer } from "../renderer";
import { isAllowedImageUrl, type ComposerAttachment } from "./attachments";
import { ComposerIcon } from "./icons";
import {
  tagToEntity,
  type Entity,
  type EntityHandlers,
  type EntityPreview,
  type UserMessageContent,
  type UserMessageTagContent,
} from "./content";

export interface UserMessageProps extends EntityHandlers, Omit<HTMLAttributes<HTMLDivElement>, "content" | "onClick"> {
  content: readonly UserMessageContent[];
  /** The message's attachments: images by their `preview_url` (see `allowedImageDomains`), other files by name. */
  attachments?: readonly ComposerAttachment[];
  /**
   * The thread's `allowed_image_domains`: an image attachment is shown only from these hosts (or `blob:` /
   * `data:image`); otherwise, and for any other scheme, it is listed by name like a file.
   */
  allowedImageDomains?: readonly string[] | null;
}

/** A sent user message: attachments, then text with its tags as chips, right-aligned in a bubble like ChatKit's. */
export const UserMessage = forwardRef<HTMLDivElement, UserMessageProps>(function UserMessage(
  { content, attachments, allowedImageDomains, onClick, onRequestPreview, className, ...rest },
  ref,
) {
  const hasAttachments = !!attachments && attachments.length > 0;
  return (
    <div
      ref={ref}
      className={["cw-message", "cw-message--user", className].filter(Boolean).join(" ")}
      data-has-attachments={hasAttachments || undefined}
      {...rest}
    >
      {hasAttachments && (
        <ul className="cw-message__attachments" aria-label="Attachments">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.type === "image" &&
              typeof attachment.preview_url === "string" &&
              isAllowedImageUrl(attachment.preview_url, allowedImageDomains) ? (
                <img className="cw-message__attachment-image" src={attachment.preview_url.trim()} alt={attachment.name} />
              ) : (
                <span className="cw-message__attachment-file">
                  <ComposerIcon glyph="file" />
                  {attachment.name}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {content.length > 0 && <div className="cw-message__bubble">
        {content.map((part, index) =>
          part.type === "input_text" ? (
            <span key={index}>{part.text}</span>
          ) : (
            <TagChip key={index} tag={part} onClick={onClick} onRequestPreview={onRequestPreview} />
          ),
        )}
      </div>}
    </div>
  );
});

type PreviewState = { status: "loading" } | { status: "ready"; widget: unknown } | { status: "none" };

export function TagChip({ tag, onClick, onRequestPreview }: { tag: UserMessageTagContent } & EntityHandlers) {
  // One inline run inside the chip. The chip is `inline-flex`, which blockifies its children: with `@` and the title
  // as two flex items, accessible-name computation (browsers, Testing Library) separates them and the chip is named
  // "@ Alice Martin" instead of its visible "@Alice Martin". A single child keeps `@` and the title together.
  const label: ReactNode = (
    <span className="cw-message__tag-label">
      <span className="cw-composer__tag-at">@</span>
      {tag.text}
    </span>
  );
  if (!tag.interactive || (!onClick && !onRequestPreview)) {
    return (
      <span className="cw-message__tag" data-interactive="false">
        {label}
      </span>
    );
  }
  const entity = tagToEntity(tag);
  const button = (
    <button type="button" className="cw-message__tag" data-interactive="true" onClick={() => onClick?.(entity)}>
      {label}
    </button>
  );
  if (!onRequestPreview) return button;
  return <PreviewHoverCard entity={entity} requestPreview={onRequestPreview} trigger={button} />;
}

function PreviewHoverCard({
  entity,
  requestPreview,
  trigger,
}: {
  entity: Entity;
  requestPreview: (entity: Entity) => Promise<EntityPreview>;
  trigger: ReactNode;
}) {
  const [preview, setPreview] = useState<PreviewState | null>(null);
  // One request per chip; reopening shows the answer already fetched.
  const requested = useRef(false);
  const [open, setOpen] = useState(false);
  const [anchor, setAnchor] = useState<HTMLSpanElement | null>(null);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next || requested.current) return;
    requested.current = true;
    setPreview({ status: "loading" });
    requestPreview(entity).then(
      (answer) => setPreview(answer?.preview ? { status: "ready", widget: answer.preview } : { status: "none" }),
      () => setPreview({ status: "none" }),
    );
  };

  const showCard = open && preview !== null && preview.status !== "none";
  return (
    <span ref={setAnchor} className="cw-message__tag-anchor">
      <HoverCard.Root openDelay={300} closeDelay={150} open={showCard} onOpenChange={onOpenChange}>
        <HoverCard.Trigger asChild>{trigger}</HoverCard.Trigger>
        {/* Portalled next to the chip so that the preview inherits the message's theme. */}
        <HoverCard.Portal container={anchor}>
          <HoverCard.Content className="cw-message__preview" side="top" align="start" sideOffset={6}>
            {preview?.status === "ready" ? (
              <WidgetRenderer widget={preview.widget} item={{ id: `preview_${entity.id}` }} />
            ) : (
              <span className="cw-message__preview-loading">Loading preview…</span>
            )}
          </HoverCard.Content>
        </HoverCard.Portal>
      </HoverCard.Root>
    </span>
  );
}
