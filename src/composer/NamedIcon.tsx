// A ChatKit icon by name (tool and entity icons) inside the composer.
export function NamedIcon({ name, className }: { name: string; className?: string }) {
  return <span className={["cw-composer__named-icon", className].filter(Boolean).join(" ")} data-icon={name} aria-hidden="true" />;
}
