import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { CARD_SIZES, CONTROL_SIZES, DENSITY_PRESETS, GUTTER_SIZES } from "../../src/tokens";
import { Grid, Page, Section, TokenCell, tokenInfo } from "./parts";

/** Spacing unit, control heights, gutters, card widths and density, from the generated tokens. */
const meta = {
  title: "Foundations/Spacing",
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const UNITS = [0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16];

function Measure({ label, meta: detail, width }: { label: string; meta: string; width: string }) {
  return (
    <li className="cw-fd-measure">
      <span className="cw-fd-cell">
        <span className="cw-fd-name">{label}</span>
        <span className="cw-fd-meta">{detail}</span>
      </span>
      <span className="cw-fd-bar" style={{ width }} />
    </li>
  );
}

export const Scale: Story = {
  render: () => (
    <Page>
      <Section title="Spacing" lead={`Numbers in widget gap, padding and margin are multiples of --cw-spacing (${tokenInfo("spacing").light}).`}>
        <ul className="cw-fd-grid" aria-label="Spacing" style={{ ["--cw-fd-cell" as string]: "100%", gap: 6 }}>
          {UNITS.map((units) => (
            <Measure key={units} label={`${units}`} meta={`${units * 4}px`} width={`calc(var(--cw-spacing) * ${units})`} />
          ))}
        </ul>
      </Section>
      <Section title="Card widths" lead="Card `size`; `full` is 100%.">
        <ul className="cw-fd-grid" aria-label="Card widths" style={{ ["--cw-fd-cell" as string]: "100%", gap: 6 }}>
          {CARD_SIZES.map((size) => {
            const token = tokenInfo(`card-width-${size}`);
            return <Measure key={size} label={token.name} meta={token.light} width={`var(${token.cssVar})`} />;
          })}
        </ul>
      </Section>
    </Page>
  ),
};

export const Controls: Story = {
  render: () => (
    <Page>
      <Section title="Control heights" lead="ControlSize: buttons, inputs and selects.">
        <Grid cell={72} label="Control heights">
          {CONTROL_SIZES.map((size) => {
            const token = tokenInfo(`control-height-${size}`);
            return (
              <TokenCell key={size} token={{ ...token, name: size }}>
                <div data-size={size} className="cw-fd-box" style={{ height: `var(${token.cssVar})`, borderRadius: "var(--cw-radius-sm)" }} />
              </TokenCell>
            );
          })}
        </Grid>
      </Section>
      <Section title="Gutters" lead="Horizontal padding inside controls (`gutterSize`); pill controls multiply it by --cw-gutter-pill-scale.">
        <Grid cell={72} label="Gutters">
          {GUTTER_SIZES.map((size) => {
            const token = tokenInfo(`gutter-${size}`);
            return (
              <TokenCell key={size} token={{ ...token, name: size }}>
                <div className="cw-fd-box" style={{ height: 24, width: `calc(var(${token.cssVar}) * 2)`, borderRadius: "var(--cw-radius-2xs)" }} />
              </TokenCell>
            );
          })}
        </Grid>
      </Section>
      <Section title="Density" lead="data-cw-density sets --cw-density, which controls multiply their inner spacing by.">
        <div className="cw-fd-row">
          {DENSITY_PRESETS.map((preset) => (
            <div key={preset} data-cw-density={preset} className="cw-fd-cell">
              <span className="cw-fd-name">{preset}</span>
              <div style={{ display: "flex", flexDirection: "column", gap: "calc(var(--cw-spacing) * 2 * var(--cw-density))" }}>
                {[1, 2, 3].map((row) => (
                  <div key={row} className="cw-fd-box" style={{ width: 120, height: "calc(var(--cw-spacing) * 4 * var(--cw-density))", borderRadius: "var(--cw-radius-xs)" }} />
                ))}
              </div>
            </div>
          ))}
        </div>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const height = (size: string) => (canvasElement.querySelector(`[data-size="${size}"]`) as HTMLElement).getBoundingClientRect().height;
    await expect(height("md")).toBe(32);
    await expect(height("3xl")).toBe(48);
  },
};
