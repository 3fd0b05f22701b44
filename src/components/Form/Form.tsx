import { forwardRef, type FormHTMLAttributes } from "react";
import { useBoxLayout, type BoxLayoutProps } from "../Box/Box";

export interface FormProps extends BoxLayoutProps, Omit<FormHTMLAttributes<HTMLFormElement>, "color"> {}

/**
 * A `<form>` laid out like a Box (column by default). Native validation stays on: `required` and
 * `pattern` fields block submission via Enter or a submit button.
 */
export const Form = forwardRef<HTMLFormElement, FormProps>(function Form(props, ref) {
  const { className, style, data, rest } = useBoxLayout(props, { extraClass: "cw-form" });
  return <form ref={ref} className={className} style={style} {...data} {...(rest as FormHTMLAttributes<HTMLFormElement>)} />;
});
