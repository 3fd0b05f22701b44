import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { FONT_WEIGHTS, TYPE_SCALE, type TypeScaleToken } from "../../src/tokens";
import { Page, Section, tokenInfo } from "./parts";

/** The type scale (`--cw-font-size-*`, `--cw-line-height-*`), weights and families, from the generated tokens. */
const meta = {
  title: "Foundations/Typography",
  parameters: { layout: "padded" },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const SAMPLE = "Your table for two is booked for 7:30";

function ScaleList({ steps, label }: { steps: readonly TypeScaleToken[]; label: string }) {
  return (
    <ul className="cw-fd-grid" aria-label={label} style={{ ["--cw-fd-cell" as string]: "100%" }}>
      {steps.map((step) => {
        const token = tokenInfo(step);
        const heading = step.startsWith("heading");
        return (
          <li key={step} className="cw-fd-measure" data-step={step}>
            <span className="cw-fd-cell">
              <span className="cw-fd-name">{step}</span>
              <span className="cw-fd-meta">{token.light}</span>
            </span>
            <span
              style={{
                fontSize: `var(--cw-font-size-${step})`,
                lineHeight: `var(--cw-line-height-${step})`,
                fontWeight: heading ? "var(--cw-font-weight-semibold)" : "var(--cw-font-weight-normal)",
                color: "var(--cw-text-primary)",
                whiteSpace: "nowrap",
                overflow: "hidden",
                textOverflow: "ellipsis",
              }}
            >
              {SAMPLE}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export const TextSizes: Story = {
  render: () => (
    <Page>
      <Section title="Text sizes" lead="Text (xs–xl), Caption and Label sizes: --cw-font-size-text-* on --cw-line-height-text-*.">
        <ScaleList steps={TYPE_SCALE.filter((step) => step.startsWith("text-"))} label="Text sizes" />
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const sample = canvasElement.querySelector('[data-step="text-md"] > span:last-child') as HTMLElement;
    await expect(getComputedStyle(sample).fontSize).toBe("16px");
    await expect(getComputedStyle(sample).lineHeight).toBe("24px");
  },
};

export const Headings: Story = {
  render: () => (
    <Page>
      <Section title="Headings" lead="Title sizes (widget Title defaults to medium weight; the scale's own weight is semibold).">
        <ScaleList steps={TYPE_SCALE.filter((step) => step.startsWith("heading-"))} label="Heading sizes" />
      </Section>
    </Page>
  ),
  play: async ({ canvasElement }) => {
    // The rendered sizes are the token values: heading-2xl is 36px on a 42px line.
    const sample = canvasElement.querySelector('[data-step="heading-2xl"] > span:last-child') as HTMLElement;
    await expect(getComputedStyle(sample).fontSize).toBe("36px");
    await expect(getComputedStyle(sample).lineHeight).toBe("42px");
  },
};

export const WeightsAndFamilies: Story = {
  render: () => (
    <Page>
      <Section title="Weights" lead="--cw-font-weight-{name}.">
        <div className="cw-fd-row">
          {FONT_WEIGHTS.map((weight) => (
            <span key={weight} className="cw-fd-cell">
              <span style={{ fontSize: "var(--cw-font-size-heading-md)", fontWeight: `var(--cw-font-weight-${weight})`, color: "var(--cw-text-primary)" }}>
                Aa {weight}
              </span>
              <span className="cw-fd-meta">{tokenInfo(`font-weight-${weight}`).light}</span>
            </span>
          ))}
        </div>
      </Section>
      <Section title="Families" lead="--cw-font-family is the system sans stack unless the theme sets one (this canvas uses Inter for stable screenshots); --cw-font-family-mono for code.">
        {(["font-family", "font-family-mono"] as const).map((name) => (
          <div key={name} className="cw-fd-cell">
            <span style={{ fontFamily: `var(--cw-${name})`, fontSize: "var(--cw-font-size-text-lg)", color: "var(--cw-text-primary)" }}>
              Sphinx of black quartz, judge my vow — 0123456789
            </span>
            <span className="cw-fd-meta">
              {name}: {tokenInfo(name).light}
            </span>
          </div>
        ))}
      </Section>
    </Page>
  ),
};
