import { useRef, type FormEvent } from "react";
import { FormElementProvider } from "../../actions/formElement";
import { useNodeAction } from "../../actions/useNodeAction";
import { WidgetChildren } from "../../view-kit/WidgetChildren";
import { childPath } from "../../view-kit/context";
import type { NodeView } from "../../view-kit/types";
import type { CardNode } from "../../schema";
import { Button } from "../Button/Button";
import { Card } from "./Card";

/**
 * Renders a `Card` node. `confirm`/`cancel` become footer buttons (cancel soft secondary, confirm solid
 * primary); for an `asForm` card confirm is the form's submit button, so Enter in a field and a
 * `Button submit` inside confirm too, after native validation.
 */
export const CardView: NodeView<CardNode> = ({ node, path }) => {
  const formRef = useRef<HTMLFormElement>(null);
  const confirm = useNodeAction(node.confirm?.action, "cardConfirm", childPath(path, "confirm.action"));
  const cancel = useNodeAction(node.cancel?.action, "cardCancel", childPath(path, "cancel.action"));
  const asForm = Boolean(node.asForm);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void confirm.run({ element: formRef.current });
  };

  const footer =
    node.confirm || node.cancel ? (
      <>
        {node.cancel ? (
          <Button
            label={node.cancel.label}
            color="secondary"
            variant="soft"
            size="md"
            loading={cancel.loading}
            disabled={cancel.disabled && !cancel.loading}
            onClick={(event) => void cancel.run(event)}
          />
        ) : null}
        {node.confirm ? (
          <Button
            label={node.confirm.label}
            color="primary"
            variant="solid"
            size="md"
            submit={asForm}
            loading={confirm.loading}
            disabled={confirm.disabled && !confirm.loading}
            onClick={asForm ? undefined : (event) => void confirm.run(event)}
          />
        ) : null}
      </>
    ) : null;

  const body = <WidgetChildren nodes={node.children} path={path} />;
  return (
    <Card
      size={node.size}
      padding={node.padding}
      background={node.background}
      border={node.border}
      status={node.status}
      collapsed={node.collapsed}
      theme={node.theme}
      asForm={asForm}
      formRef={formRef}
      onSubmit={asForm ? onSubmit : undefined}
      footer={footer}
    >
      {asForm ? <FormElementProvider formRef={formRef}>{body}</FormElementProvider> : body}
    </Card>
  );
};
