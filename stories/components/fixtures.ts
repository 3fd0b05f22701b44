// Pictures for the content stories, drawn inline so stories never depend on the network.

/** A small landscape (sky, sun, two hills) as an SVG data URL. */
export function landscape(sky = "#8ec5ff", hill = "#2f9e6b", sun = "#ffd166"): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">
<rect width="320" height="200" fill="${sky}"/>
<circle cx="240" cy="62" r="28" fill="${sun}"/>
<path d="M0 150 Q80 90 170 140 T320 120 V200 H0Z" fill="${hill}" opacity="0.75"/>
<path d="M0 175 Q120 130 220 170 T320 160 V200 H0Z" fill="${hill}"/>
</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A square avatar with initials. */
export function avatar(initials: string, background = "#924ff7"): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" fill="${background}"/>
<text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="600" text-anchor="middle" fill="#fff">${initials}</text>
</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
