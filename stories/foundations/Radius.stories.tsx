import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { RADIUS_PRESETS, RADIUS_TOKENS } from "../../src/tokens";
import { Grid, Page, Section, TokenCell, tokenInfo } from "./parts";

/** Radius tokens (`--cw-radius-*`) and the `data-cw-radius` theme knob. */
const meta = {
  title: "Foundations/Radius",
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scale: Story = {
  render: () => (
    <Page>
      <Section title="Radius" lead="Widget `radius` values. `100%` is passed through as a literal.">
        <Grid cell={104} label="Radius tokens">
          {RADIUS_TOKENS.map((name) => {
            const token = tokenInfo(`radius-${name}`);
            return (
              <TokenCell key={name} token={token}>
                <div className="cw-fd-box" style={{ width: 72, height: 72, borderRadius: `var(${token.cssVar})` }} />
              </TokenCell>
            );
          })}
        </Grid>
      </Section>
    </Page>
  ),
};

export const Presets: Story = {
  render: () => (
    <Page>
      <Section title="data-cw-radius" lead="The theme's radius knob rewrites every radius token for its subtree: pill (default), round, soft, sharp.">
        <div className="cw-fd-row" style={{ alignItems: "stretch" }}>
          {RADIUS_PRESETS.map((preset) => (
            <div key={preset} data-cw-radius={preset} className="cw-fd-cell" style={{ gap: 8 }}>
              <span className="cw-fd-name">{preset}</span>
              <div className="cw-fd-box" style={{ width: 180, height: 96, borderRadius: "var(--cw-radius-2xl)", padding: 12, boxSizing: "border-box" }}>
                <span
                  className="cw-fd-control"
                  style={{
                    ["--cw-fd-bg" as string]: "var(--cw-control-primary-solid-bg)",
                    ["--cw-fd-text" as string]: "var(--cw-control-primary-solid-text)",
                    ["--cw-fd-border" as string]: "transparent",
                  }}
                >
                  Pill button
                </span>
                <div style={{ marginTop: 12, height: 24, borderRadius: "var(--cw-radius-md)", background: "var(--cw-surface-elevated)" }} />
              </div>
            </div>
          ))}
        </div>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const radiusOf = (preset: string) =>
      getComputedStyle(canvasElement.querySelector(`[data-cw-radius="${preset}"] .cw-fd-box`)!).borderTopLeftRadius;
    await expect(radiusOf("pill")).toBe("16px");
    await expect(radiusOf("soft")).toBe("8px");
    await expect(radiusOf("sharp")).toBe("0px");
  },
};
