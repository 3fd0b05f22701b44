import type { CSSProperties } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { CONTROL_COLORS, CONTROL_VARIANTS, HUE_NAMES, TOKENS } from "../../src/tokens";
import { Grid, Page, Section, Swatch, ThemedValue, TokenCell, tokenInfo, tokensIn } from "./parts";

/**
 * Colour tokens, drawn from the generated token data. Swatches paint the CSS variables, so they follow the
 * theme; the labels show the value (or the palette step) for the theme the page is in.
 */
const meta = {
  title: "Foundations/Colors",
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const surfaces = tokensIn("surface");

function TextRoles() {
  const roles = tokensIn("text").filter((token) => token.name !== "text-inverse");
  return (
    <Grid cell={200} label="Text colours">
      {roles.map((token) => (
        <TokenCell key={token.name} token={token} detail={<ThemedValue token={token} show="ref" />}>
          <div className="cw-fd-text-sample" style={{ color: `var(${token.cssVar})` }}>
            {token.description ?? token.name}
          </div>
        </TokenCell>
      ))}
      <TokenCell token={tokenInfo("text-inverse")} detail={<ThemedValue token={tokenInfo("text-inverse")} show="ref" />}>
        <div className="cw-fd-text-sample" style={{ color: "var(--cw-text-inverse)", background: "var(--cw-text-primary)" }}>
          On the ink colour
        </div>
      </TokenCell>
    </Grid>
  );
}

export const Text: Story = {
  render: () => (
    <Page>
      <Section title="Text" lead="Widget text colours (Text, Title, Caption, Icon `color`). Every role reaches 4.5:1 on every surface in both themes.">
        <TextRoles />
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    // One sample per text role, straight from the token data.
    const textRoles = TOKENS.filter((token) => token.group === "text").length;
    await expect(canvasElement.querySelectorAll('[aria-label="Text colours"] li')).toHaveLength(textRoles);
  },
};

export const SurfacesAndBorders: Story = {
  render: () => (
    <Page>
      <Section title="Surfaces" lead="Backgrounds. `surface-elevated` is the Card default.">
        <Grid cell={160} label="Surfaces">
          {surfaces.map((token) => (
            <TokenCell key={token.name} token={token} detail={<ThemedValue token={token} show="ref" />}>
              <Swatch token={token} />
            </TokenCell>
          ))}
        </Grid>
      </Section>
      <Section title="Borders and focus" lead="Borders are the ink colour at low opacity, so they work on any surface.">
        <Grid cell={160} label="Borders">
          {[...tokensIn("border"), tokenInfo("focus-ring")].map((token) => (
            <TokenCell key={token.name} token={token} detail={<ThemedValue token={token} show="ref" />}>
              <div
                className="cw-fd-swatch"
                style={{ boxShadow: `inset 0 0 0 ${token.name === "focus-ring" ? 2 : 1}px var(${token.cssVar})` }}
              />
            </TokenCell>
          ))}
        </Grid>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[aria-label="Surfaces"] li')).toHaveLength(surfaces.length);
  },
};

function PaletteGrid({ prefix, label }: { prefix: string; label: string }) {
  const steps = TOKENS.filter((token) => token.group === "palette" && token.name.startsWith(`${prefix}-`));
  return (
    <Grid cell={64} label={label}>
      {steps.map((token) => (
        <TokenCell key={token.name} token={{ ...token, name: token.name.slice(prefix.length + 1) }}>
          <Swatch token={token} small />
        </TokenCell>
      ))}
    </Grid>
  );
}

export const Neutrals: Story = {
  render: () => (
    <Page>
      <Section title="gray" lead="Mirrored between themes: gray-0 is the page and gray-1000 the ink in light and in dark.">
        <PaletteGrid prefix="gray" label="gray" />
      </Section>
      <Section title="alpha" lead="The ink colour (near-black in light, white in dark) at a percentage opacity.">
        <PaletteGrid prefix="alpha" label="alpha" />
      </Section>
    </Page>
  ),
};

/** Palette columns: the steps of the first hue (every hue has the same ones). */
const HUE_STEPS = TOKENS.filter((token) => token.group === "palette" && token.name.startsWith(`${HUE_NAMES[0]}-`)).map((token) =>
  token.name.slice(HUE_NAMES[0].length + 1),
);

export const Hues: Story = {
  render: () => (
    <Page>
      <Section
        title="Hues"
        lead="Same in both themes. Tints a25–a300 are the hue's 400 at rising opacity; a bare hue name (`blue`) is its 500. Hover a swatch for its value."
      >
        <table className="cw-fd-hue-table" aria-label="Hue palettes">
          <thead>
            <tr>
              <td />
              {HUE_STEPS.map((step) => (
                <th key={step} scope="col">
                  {step}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HUE_NAMES.map((hue) => (
              <tr key={hue}>
                <th scope="row">{hue}</th>
                {HUE_STEPS.map((step) => {
                  const token = tokenInfo(`${hue}-${step}`);
                  return (
                    <td key={step}>
                      <div style={{ background: `var(${token.cssVar})` }} title={`${token.name} ${token.light}`} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("tbody td")).toHaveLength(HUE_NAMES.length * HUE_STEPS.length);
  },
};

export const Controls: Story = {
  render: () => (
    <Page>
      <Section
        title="Control colours"
        lead="Button and Badge colour × variant: --cw-control-{color}-{variant}-{bg,bg-hover,text,border}. The second row of each colour shows the hover background."
      >
        <table className="cw-fd-control-table">
          <thead>
            <tr>
              <th scope="col">colour</th>
              {CONTROL_VARIANTS.map((variant) => (
                <th key={variant} scope="col">
                  {variant}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CONTROL_COLORS.flatMap((color) =>
              (["bg", "bg-hover"] as const).map((state) => (
                <tr key={`${color}-${state}`}>
                  <th scope="row">{state === "bg" ? color : `${color} (hover)`}</th>
                  {CONTROL_VARIANTS.map((variant) => {
                    const prefix = `--cw-control-${color}-${variant}`;
                    const style = {
                      "--cw-fd-bg": `var(${prefix}-${state})`,
                      "--cw-fd-text": `var(${prefix}-text)`,
                      "--cw-fd-border": `var(${prefix}-border)`,
                    } as CSSProperties;
                    return (
                      <td key={variant}>
                        <span className="cw-fd-control" style={style} data-color={color} data-variant={variant}>
                          {color} {variant}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".cw-fd-control")).toHaveLength(CONTROL_COLORS.length * CONTROL_VARIANTS.length * 2);
  },
};
