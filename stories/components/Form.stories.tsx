import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../../src/components/Button";
import { Form } from "../../src/components/Form";
import { Input } from "../../src/components/Input";
import { Row } from "../../src/components/Row";
import { expect, fn, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";

/** A `<form>` laid out like a Box; native validation stays on (`required`, `pattern`). */
const meta = {
  title: "Components/Form",
  component: Form,
  args: {
    gap: 2,
    width: 320,
    onSubmit: fn((event) => event.preventDefault()),
    children: [
      <Input key="name" name="name" placeholder="Name" aria-label="Name" required />,
      <Row key="actions" justify="end">
        <Button label="Save" submit />
      </Row>,
    ],
  },
  argTypes: { direction: { control: "inline-radio", options: ["col", "row"] }, children: { control: false } },
} satisfies Meta<typeof Form>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The browser refuses to submit while a required field is empty. */
export const NativeValidation: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // By keyboard: Enter on Save is refused and the browser moves focus to the empty field; typing there and
    // Enter submits.
    await tabTo(canvas.getByRole("button", { name: "Save" }));
    await press("{Enter}", canvasElement);
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await expect(canvas.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await press("Ada{Enter}", canvasElement);
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

/** A one-line form in a row. */
export const Inline: Story = {
  args: {
    direction: "row",
    align: "center",
    children: [
      <Input key="q" name="q" placeholder="Search" aria-label="Search" />,
      <Button key="go" label="Go" submit />,
    ],
  },
};
