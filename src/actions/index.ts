export {
  ActionContext,
  ActionProvider,
  useActionContext,
  type ActionContextValue,
  type ActionProviderProps,
  type WidgetActionsHandle,
} from "./ActionProvider";
export { FormElementContext, FormElementProvider, useFormElementRef } from "./formElement";
export { useNodeAction, AUTO_LOADING_BEHAVIOR, type NodeAction, type RunOptions } from "./useNodeAction";
export { createAnnouncer, ANNOUNCEMENT_MAX_LENGTH, type Announcer } from "./announcer";
export { useWidgetActions } from "./useWidgetActions";
export { collectFormValues, mergeFormValues, setPath } from "./formValues";
export { actionTypeWords, resetDevWarnings, WarnOnceMemory, WARN_ONCE_CAPACITY } from "./devWarnings";
export type {
  ActionBinding,
  ClientActionHandler,
  ServerActionHandler,
  WidgetAction,
  WidgetError,
  WidgetErrorHandler,
  WidgetErrorKind,
  WidgetItem,
} from "./types";
