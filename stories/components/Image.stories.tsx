import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Image, IMAGE_FITS, IMAGE_POSITIONS } from "../../src/components/Image";
import { avatar, landscape } from "./fixtures";

/** Images in a rounded box with a subtle border; only http(s), relative and data:image URLs load. */
const meta = {
  title: "Components/Image",
  component: Image,
  args: { src: landscape(), alt: "Hills under a sunny sky", width: "240px", height: "150px" },
  argTypes: {
    fit: { control: "select", options: IMAGE_FITS },
    position: { control: "select", options: IMAGE_POSITIONS },
  },
} satisfies Meta<typeof Image>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** `fit` in a tall box. */
export const Fits: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 12 }}>
      {IMAGE_FITS.map((fit) => (
        <figure key={fit} style={{ margin: 0, display: "grid", gap: 4, fontSize: 12 }}>
          <Image {...args} fit={fit} width="110px" height="140px" />
          <figcaption>{fit}</figcaption>
        </figure>
      ))}
    </div>
  ),
};

/** Frame, radius tokens and a round avatar. */
export const FrameAndRadius: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 16, alignItems: "center" }}>
      <Image {...args} frame />
      <Image {...args} radius="2xl" width="120px" height="120px" />
      <Image {...args} src={avatar("AK")} alt="Ana Kim" radius="full" width="44px" height="44px" />
      <Image {...args} radius="none" width="120px" height="80px" />
    </div>
  ),
};

/** A `javascript:` source is never put into the page: the box stays empty and keeps its name. */
export const BlockedSource: Story = {
  // A blocked source is reported on the console, which this story shows.
  parameters: { console: { expected: [/image source blocked .*: javascript:alert\(1\)/] } },
  args: { src: "javascript:alert(1)", alt: "Blocked picture", width: "160px", height: "100px" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(within(canvasElement).getByRole("img", { name: "Blocked picture" })).toHaveAttribute("data-blocked", "true");
  },
};
