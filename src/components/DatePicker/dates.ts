// Widget dates are ISO strings; the picker works on local calendar days (no time zone shifts).

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2024-01-31` or `2024-01-31T10:00:00Z` → that calendar day at local midnight; undefined when not a date. */
export function parseIsoDay(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // Reject overflowed days such as 2024-02-31.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

/** A local calendar day → `yyyy-mm-dd`. */
export function formatIsoDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Normalises any ISO date/datetime to `yyyy-mm-dd` ("" when it is not a date). */
export function normalizeIsoDay(value: string | null | undefined): string {
  const date = parseIsoDay(value);
  return date ? formatIsoDay(date) : "";
}

const displayFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });

/** The trigger's text for a chosen day, in the reader's locale (e.g. "Jan 31, 2024"). */
export function formatDisplayDay(date: Date): string {
  return displayFormat.format(date);
}
