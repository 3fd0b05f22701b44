/** Lucide names are lower-case kebab case: letters and digits in `-`-separated words (`calendar-days`, `bar-chart-3`). */
export const LUCIDE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
