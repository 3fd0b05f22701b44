import { useEffect, useState } from "react";
import type { ArgTypesEnhancer, Decorator, Preview } from "@storybook/react-vite";
import { DocsContainer, type DocsContainerProps } from "@storybook/addon-docs/blocks";
import { GLOBALS_UPDATED } from "storybook/internal/core-events";
import { themes } from "storybook/theming";
import "./preview.css";
import { allModes } from "./modes";
import { preloadBuiltinViews } from "../src/renderer";

// Every stylesheet the package ships (tokens first, then the components, and the opt-in src/fonts/fonts.css that
// becomes chat-widgets/fonts.css), so stories see what consumers get.
import "../src/tokens/generated/tokens.css";
import.meta.glob(["../src/**/*.css", "!../src/tokens/generated/tokens.css"], { eager: true });

/** Wraps each story in a themed root; the toolbar switches light/dark. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string) ?? "light";
  // The whole canvas follows the story's theme, not only the story's box (preview.css paints the page with the
  // theme's surface). Docs pages show several stories at once and are themed by ThemedDocsContainer instead.
  const canvas = context.viewMode === "story";
  useEffect(() => {
    if (canvas) document.documentElement.setAttribute("data-cw-theme", theme);
  }, [canvas, theme]);
  return (
    <div className="cw-root" data-cw-theme={theme} data-testid="story-root">
      <Story />
    </div>
  );
};

/** The theme chosen in the toolbar, read from (and kept in step with) the docs page's channel. */
function useToolbarTheme(context: DocsContainerProps["context"]): string {
  const [theme, setTheme] = useState<string>(() => {
    try {
      return (context.getStoryContext(context.storyById()).globals.theme as string | undefined) ?? "light";
    } catch {
      return "light"; // a docs page without stories
    }
  });
  useEffect(() => {
    const onGlobals = ({ globals }: { globals: Record<string, unknown> }) => setTheme((globals.theme as string | undefined) ?? "light");
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context.channel]);
  return theme;
}

/** Docs pages (autodocs) in the toolbar's theme: Storybook's dark docs theme around the dark stories. */
function ThemedDocsContainer(props: DocsContainerProps) {
  const theme = useToolbarTheme(props.context);
  useEffect(() => {
    document.documentElement.setAttribute("data-cw-theme", theme);
  }, [theme]);
  return <DocsContainer {...props} theme={theme === "dark" ? themes.dark : themes.light} />;
}

/**
 * Clears the focus a play function leaves behind, so the story's resting view shows no stray focus ring; stories
 * tagged "focus-state" show a focused part on purpose and keep it.
 */
function releaseFocus({ tags }: { tags: string[] }) {
  if (tags.includes("focus-state")) return;
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) active.blur();
}

/**
 * The Controls and Docs "Default" column: the `@default` tag of each prop's docstring (react-docgen leaves it in
 * the description). The docstring stays the one place a default is written; the tag moves into the table.
 */
const defaultsFromDocstrings: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const match = /\s*@default\s+([^\n]+?)\s*$/.exec(argType.description ?? "");
    if (!match) continue;
    argTypes[name] = {
      ...argType,
      description: argType.description!.slice(0, match.index).trimEnd(),
      // A default react-docgen read from the code (a destructuring default) is kept.
      table: { ...argType.table, defaultValue: argType.table?.defaultValue?.summary ? argType.table.defaultValue : { summary: match[1]! } },
    };
  }
  return argTypes;
};

const preview: Preview = {
  decorators: [withTheme],
  afterEach: releaseFocus,
  argTypesEnhancers: [defaultsFromDocstrings],
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
    docs: { container: ThemedDocsContainer },
  },
  tags: ["autodocs"],
};
export default preview;
