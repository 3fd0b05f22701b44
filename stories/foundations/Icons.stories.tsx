import { createElement } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ICON_GLYPHS, ICON_NAMES, ICON_SIZES, ICON_SVG_PROPS, type IconName } from "../../src/tokens";
import { Grid, Page, Section, TokenCell, tokenInfo } from "./parts";

/** Draws a glyph from the generated data: the <svg> wrapper props plus its child nodes. */
function Glyph({ name, size }: { name: IconName; size?: string }) {
  return (
    <svg {...ICON_SVG_PROPS} aria-hidden="true" data-icon={name} style={size ? { width: size, height: size } : undefined}>
      {ICON_GLYPHS[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
}

/**
 * The 63 ChatKit widget icon names plus `clock`, each with its glyph (Lucide outlines, a few drawn here),
 * from `ICON_GLYPHS`.
 */
const meta = {
  title: "Foundations/Icons",
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Gallery: Story = {
  render: () => (
    <Page>
      <Section title={`Icons (${ICON_NAMES.length})`} lead="Widget `Icon name`, Button `iconStart`/`iconEnd`. Glyphs stroke currentColor; the filled ones fill it.">
        <ul className="cw-fd-grid" aria-label="Icons" style={{ ["--cw-fd-cell" as string]: "104px" }}>
          {ICON_NAMES.map((name) => (
            <li key={name} className="cw-fd-icon">
              <Glyph name={name} />
              <span className="cw-fd-meta">{name}</span>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const drawn = canvasElement.querySelectorAll("svg[data-icon]");
    await expect(drawn).toHaveLength(ICON_NAMES.length);
    // Every glyph draws something visible inside its box.
    for (const svg of drawn) {
      const box = (svg as SVGSVGElement).getBBox();
      await expect(box.width * box.height, svg.getAttribute("data-icon") ?? "").toBeGreaterThan(0);
    }
  },
};

export const Sizes: Story = {
  render: () => (
    <Page>
      <Section title="Icon sizes" lead="--cw-icon-size-{size}: Icon `size` and Button `iconSize`.">
        <Grid cell={96} label="Icon sizes">
          {ICON_SIZES.map((size) => {
            const token = tokenInfo(`icon-size-${size}`);
            return (
              <TokenCell key={size} token={token}>
                <span style={{ color: "var(--cw-text-primary)", display: "flex", alignItems: "flex-end", height: 36 }}>
                  <Glyph name="sparkle" size={`var(${token.cssVar})`} />
                </span>
              </TokenCell>
            );
          })}
        </Grid>
      </Section>
      <Section title="In colour" lead="Icons take text colour tokens.">
        <div className="cw-fd-row">
          {(["prose", "secondary", "tertiary", "success", "warning", "danger", "info", "discovery", "caution"] as const).map((role) => (
            <span key={role} style={{ color: `var(--cw-text-${role})`, display: "inline-flex", gap: 6, alignItems: "center" }}>
              <Glyph name="check-circle-filled" size="var(--cw-icon-size-lg)" />
              <span className="cw-fd-name" style={{ color: "inherit" }}>
                {role}
              </span>
            </span>
          ))}
        </div>
      </Section>
    </Page>
  ),
};
