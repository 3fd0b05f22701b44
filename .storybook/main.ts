import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  staticDirs: [{ from: "../stories/assets", to: "/assets" }],
  core: {
    // The machine that builds this has no network beyond the npm registry.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};
export default config;
