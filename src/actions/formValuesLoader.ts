// Reading and merging form values (formValues.ts) loads with the first form or form control on the page, not with
// every widget: a button outside a form dispatches its static payload without it.
type FormValuesModule = typeof import("./formValues");

let formValues: FormValuesModule | undefined;
let loading: Promise<FormValuesModule> | undefined;

/** Loads the form-value code (once; after a failed load, the next call tries again). */
export function loadFormValues(): Promise<FormValuesModule> {
  loading ??= import("./formValues").then(
    (module) => (formValues = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The form-value code when it has loaded, else `undefined`. */
export function loadedFormValues(): FormValuesModule | undefined {
  return formValues;
}

/** Starts loading the form-value code; a failure is left to the action that needs it, which tries again. */
export function preloadFormValues(): void {
  loadFormValues().catch(() => {});
}

/** Whether the form-value code has loaded (tests). */
export function peekFormValues(): boolean {
  return formValues !== undefined;
}
