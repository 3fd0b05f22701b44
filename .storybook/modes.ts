// Chromatic modes: every story is captured in both color schemes, matching the local visual baselines.
export const allModes = {
  light: { theme: "light" },
  dark: { theme: "dark" },
} as const;
