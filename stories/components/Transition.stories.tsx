import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../../src/components/Button";
import { Card } from "../../src/components/Card";
import { Text } from "../../src/components/Text";
import { Transition } from "../../src/components/Transition";
import { expect, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";

/** Animates a child appearing or being swapped (by `contentKey`); no motion with prefers-reduced-motion. */
const meta = {
  title: "Components/Transition",
  component: Transition,
  args: { contentKey: "a", children: <Text value="First state" /> },
  argTypes: { children: { control: false } },
} satisfies Meta<typeof Transition>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

function SwapDemo() {
  const [step, setStep] = useState(0);
  const states = ["Searching flights…", "Found 3 flights", "Booked"];
  return (
    <Card>
      <Transition contentKey={step}>
        <Text value={states[step % states.length]!} />
      </Transition>
      <Button label="Next state" onClick={() => setStep((value) => value + 1)} />
    </Card>
  );
}

/** Each click swaps the child for one with a new key; it animates in. */
export const Swap: Story = {
  render: () => <SwapDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // By keyboard: the swap replaces what is around the button; focus stays on something in the story.
    await tabTo(canvas.getByRole("button", { name: "Next state" }));
    await press("{Enter}", canvasElement);
    const item = canvas.getByText("Found 3 flights").closest(".cw-transition__item");
    await expect(item).toHaveAttribute("data-enter");
  },
};
