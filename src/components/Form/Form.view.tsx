import { useRef, type FormEvent } from "react";
import { FormElementProvider } from "../../actions/formElement";
import { useNodeAction } from "../../actions/useNodeAction";
import { WidgetChildren } from "../../view-kit/WidgetChildren";
import { childPath } from "../../view-kit/context";
import type { NodeView } from "../../view-kit/types";
import type { FormNode } from "../../schema";
import { layoutPropsOf } from "../Box/layoutProps";
import { Form } from "./Form";

/**
 * Renders a `Form` node. Submitting (Enter in a field, a `Button` with `submit`) fires `onSubmitAction`
 * with the form's values; every other action inside also collects them.
 */
export const FormView: NodeView<FormNode> = ({ node, path }) => {
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useNodeAction(node.onSubmitAction, "formSubmit", childPath(path, "onSubmitAction"));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit.run({ element: formRef.current });
  };
  return (
    <Form
      ref={formRef}
      {...layoutPropsOf(node)}
      direction={node.direction}
      onSubmit={onSubmit}
      aria-busy={submit.loading || undefined}
    >
      <FormElementProvider formRef={formRef}>
        <WidgetChildren nodes={node.children} path={path} />
      </FormElementProvider>
    </Form>
  );
};
