import type { MouseEvent } from "react";
import { useNodeAction } from "../../actions/useNodeAction";
import { childPath } from "../../view-kit/context";
import type { NodeView } from "../../view-kit/types";
import type { ButtonNode } from "../../schema";
import { Button } from "./Button";

/**
 * Widget default size. The ChatKit Widget Builder documents `lg` (36px) for widget buttons, while the
 * standalone primitive keeps the design system's `md`; see docs/components.md.
 */
export const WIDGET_BUTTON_SIZE = "lg" as const;

/**
 * Renders a `Button` node. `onClickAction` runs through the action layer (form values of the
 * surrounding Form are merged in; `self` loading shows the spinner); `submit` makes it the submit
 * button of the nearest Form, whose `onSubmitAction` then fires.
 */
export const ButtonView: NodeView<ButtonNode> = ({ node, path }) => {
  const action = useNodeAction(node.onClickAction, "button", childPath(path, "onClickAction"));
  const onClick = node.onClickAction
    ? (event: MouseEvent<HTMLButtonElement>) => {
        void action.run(event);
      }
    : undefined;
  return (
    <Button
      label={node.label}
      color={node.color}
      variant={node.variant}
      preset={node.style}
      size={node.size ?? WIDGET_BUTTON_SIZE}
      pill={node.pill}
      uniform={node.uniform}
      block={node.block}
      iconStart={node.iconStart}
      iconEnd={node.iconEnd}
      iconSize={node.iconSize}
      submit={node.submit}
      loading={action.loading}
      // While the whole widget is busy (container loading) the button is disabled; its own pending
      // action shows as `loading` instead, which keeps focus on it.
      disabled={Boolean(node.disabled) || (action.disabled && !action.loading)}
      onClick={onClick}
    />
  );
};
