// Which form a node's action reads: a Form node or an asForm Card provides its <form> element to the nodes below.
import { createContext, useContext, useEffect, type ReactNode, type RefObject } from "react";
import { preloadFormValues } from "./formValuesLoader";

/** The nearest `<form>` of a Form node or an `asForm` Card; actions inside it collect its values. */
export const FormElementContext = createContext<RefObject<HTMLFormElement | null> | null>(null);

/**
 * Lets actions below find the form element (`ref` is the ref passed to the `<form>`), and starts loading the code
 * that reads its values, so the form's first submit does not wait for it.
 */
export function FormElementProvider({ formRef, children }: { formRef: RefObject<HTMLFormElement | null>; children?: ReactNode }) {
  useEffect(preloadFormValues, []);
  return <FormElementContext.Provider value={formRef}>{children}</FormElementContext.Provider>;
}

export function useFormElementRef(): RefObject<HTMLFormElement | null> | null {
  return useContext(FormElementContext);
}
