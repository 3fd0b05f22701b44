import type { Decorator, Preview } from "@storybook/react-vite";
import "@fontsource-variable/inter";
import "./preview.css";
import { allModes } from "./modes";
import { preloadBuiltinViews } from "../src/renderer";

// Every stylesheet the package ships (tokens first, then the components), so stories see what consumers get.
import "../src/tokens/generated/tokens.css";
import.meta.glob(["../src/**/*.css", "!../src/tokens/generated/tokens.css"], { eager: true });

/** Wraps each story in a themed root; the toolbar switches light/dark. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string) ?? "light";
  return (
    <div className="cw-root" data-cw-theme={theme} data-testid="story-root">
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  // Form controls load in their own chunk; stories (and their play functions) start with them loaded.
  loaders: [async () => ({ builtinViews: await preloadBuiltinViews() })],
  globalTypes: {
    theme: {
      description: "Color scheme",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light" },
  parameters: {
    layout: "padded",
    // No colour-picker matcher: widget colours are tokens or { light, dark } objects, not only hex strings, and
    // Storybook warns for every such prop it would give a colour picker.
    controls: { expanded: true, matchers: { date: /Date$/i } },
    // Fail the story test on any axe violation; opt-outs are per story with a written reason.
    a11y: { test: "error" },
    // Chromatic (for teams with a project token) captures both schemes, like the local baselines.
    chromatic: { modes: allModes },
  },
  tags: ["autodocs"],
};
export default preview;
