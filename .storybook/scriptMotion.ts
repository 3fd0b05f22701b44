/**
 * What the screenshot captures run in the page before a story renders (.storybook/vitest.visual.setup.ts in the
 * story tests, an init script in test/production/storybook-static.test.ts): scripts are told that the reader
 * prefers reduced motion. Charts animate in JavaScript (recharts draws a line's stroke in over 1.5 s, grows bars
 * and areas), so the capture style that freezes CSS animations does not reach them: a story's play could end and
 * the capture begin with a line still being drawn, and the screenshot's stability check (two captures in a row
 * within the 12-pixel tolerance) could pass in the slow, eased last frames of that drawing, a few pixels short of
 * the baseline. Under reduced motion `ChartCanvas` turns recharts' animation off, so every chart is drawn at its
 * final frame at once. Only `window.matchMedia` answers differently: CSS still sees the page's real setting, so no
 * `prefers-reduced-motion` rule changes what is captured. A string, so that it can run in a page as written.
 */
export const SCRIPTS_PREFER_REDUCED_MOTION = `(() => {
  if (window.__cwScriptsPreferReducedMotion) return;
  window.__cwScriptsPreferReducedMotion = true;
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query) => {
    const list = matchMedia(query);
    if (!/prefers-reduced-motion:\\s*reduce/.test(query)) return list;
    return new Proxy(list, {
      get: (target, key) => {
        if (key === "matches") return true;
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
})();`;
