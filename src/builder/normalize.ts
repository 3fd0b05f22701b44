/**
 * A widget as the Widget Builder compares widgets: plain JSON with keys sorted, `null`/absent props dropped and
 * an empty `children` array dropped (the Builder treats each pair as the same widget). Pure; never throws on
 * JSON input. Use `JSON.stringify(normalizeWidget(a)) === JSON.stringify(normalizeWidget(b))` for equality.
 */
export function normalizeWidget(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeWidget);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item === null || item === undefined) continue;
    if (key === "children" && Array.isArray(item) && item.length === 0) continue;
    out[key] = normalizeWidget(item);
  }
  return out;
}
