// Renders widget control views the way the renderer does: inside an ActionProvider and, for form
// stories, inside a <form> registered as the form of its actions. Play functions then check the exact
// action objects that reach the app's `onAction`.
import { useRef, type ReactNode } from "react";
import { ActionProvider, FormElementProvider, useNodeAction, type ClientActionHandler } from "../../src/actions";
import type { ActionConfig } from "../../src/schema";
import { Button } from "../../src/components/Button";

export interface ControlHarnessProps {
  onAction: ClientActionHandler;
  /** Wrap the controls in a form whose submit button fires this action. */
  submitAction?: ActionConfig;
  children: ReactNode;
}

function SubmitButton({ action }: { action: ActionConfig }) {
  const { run, loading } = useNodeAction(action, "formSubmit", "children[1]");
  return <Button submit label="Submit" loading={loading} onClick={(event) => { event.preventDefault(); void run(event); }} />;
}

export function ControlHarness({ onAction, submitAction, children }: ControlHarnessProps) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <ActionProvider item={{ id: "msg_story" }} onAction={onAction}>
      {submitAction ? (
        <FormElementProvider formRef={formRef}>
          <form ref={formRef} className="cw-story-form" style={{ display: "grid", gap: 12, width: 320 }} onSubmit={(event) => event.preventDefault()}>
            {children}
            <div>
              <SubmitButton action={submitAction} />
            </div>
          </form>
        </FormElementProvider>
      ) : (
        <div style={{ width: 280 }}>{children}</div>
      )}
    </ActionProvider>
  );
}
