import type { StorybookConfig } from "@storybook/react-vite";
import { findCorpusDir } from "../scripts/corpus.mjs";

const corpusDir = findCorpusDir();

const config: StorybookConfig = {
  // Stories only: the docs pages are the autodocs of each component (there are no standalone .mdx pages).
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  staticDirs: [{ from: "../stories/assets", to: "/assets" }],
  core: {
    // The machine that builds this has no network beyond the npm registry.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  features: {
    // The "Get started" onboarding checklist in the sidebar is for people writing their first story, not for
    // visitors of a component library.
    sidebarOnboardingChecklist: false,
  },
  viteFinal: async (viteConfig) => {
    // `@corpus/<file>.widget?raw` (or import.meta.glob("@corpus/*.widget", …)) reads the ChatKit sample corpus.
    viteConfig.resolve = viteConfig.resolve ?? {};
    viteConfig.resolve.alias = { ...(viteConfig.resolve.alias as Record<string, string>), "@corpus": corpusDir };
    viteConfig.server = viteConfig.server ?? {};
    viteConfig.server.fs = { ...viteConfig.server.fs, allow: [...(viteConfig.server.fs?.allow ?? []), "..", corpusDir] };
    return viteConfig;
  },
};
export default config;
