import { forwardRef, lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import { Popover } from "radix-ui";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { CONTROL_SIZES, CONTROL_VARIANTS } from "../../tokens";
import { Icon } from "../Icon/Icon";
import { useFieldLabelledBy } from "../Label/fieldLabels";
import { ClearButton, selectVariants, useOwnRef } from "../Select/Select";
import { useOpenerTheme } from "../Select/openerTheme";
import { formatDisplayDay, formatIsoDay, normalizeIsoDay, parseIsoDay } from "./dates";

// react-day-picker is the heavy part: it loads when the calendar is first wanted.
const loadCalendar = () => import("./Calendar");
const Calendar = lazy(loadCalendar);

export const DATE_PICKER_VARIANTS = CONTROL_VARIANTS;
export const DATE_PICKER_SIZES = CONTROL_SIZES;
export const DATE_PICKER_SIDES = ["top", "bottom", "left", "right"] as const;
export const DATE_PICKER_ALIGNS = ["start", "center", "end"] as const;

/** Defaults of the widget vocabulary (WIDGET-SPEC §2.5), mirrored into data-* attributes. */
export const DATE_PICKER_DEFAULTS = {
  variant: "outline",
  size: "md",
  pill: false,
  block: false,
  side: "bottom",
  align: "center",
} as const;

/** The DatePicker trigger shares the Select trigger's look (same sizes, variants, pill and block). */
export const datePickerVariants = cva("cw-datepicker", {
  variants: {
    variant: Object.fromEntries(DATE_PICKER_VARIANTS.map((v) => [v, `cw-datepicker--${v}`])) as Record<
      (typeof DATE_PICKER_VARIANTS)[number],
      string
    >,
    size: Object.fromEntries(DATE_PICKER_SIZES.map((s) => [s, `cw-datepicker--size-${s}`])) as Record<
      (typeof DATE_PICKER_SIZES)[number],
      string
    >,
    pill: { true: "cw-datepicker--pill", false: "" },
    block: { true: "cw-datepicker--block", false: "" },
  },
  defaultVariants: { variant: "outline", size: "md", pill: false, block: false },
});

type DatePickerVariantProps = VariantProps<typeof datePickerVariants>;

export interface DatePickerProps {
  /** Field name: the form payload gets the chosen day as `yyyy-mm-dd` under it (dot paths nest). */
  name?: string;
  /** Initially chosen day of the uncontrolled picker (ISO date or datetime). */
  defaultValue?: string;
  /** Controlled value (`yyyy-mm-dd`, `""` = none); pair with `onValueChange`. */
  value?: string;
  /** Called with the chosen day as `yyyy-mm-dd`, or `""` after clearing. */
  onValueChange?: (value: string) => void;
  /** Earliest day that can be chosen (ISO date); earlier days are disabled. */
  min?: string;
  /** Latest day that can be chosen (ISO date); later days are disabled. */
  max?: string;
  /** Text shown while no day is chosen. @default "Select date" */
  placeholder?: string;
  /** Fill style of the trigger. @default "outline" */
  variant?: (typeof DATE_PICKER_VARIANTS)[number];
  /** Trigger height: 3xs 22 · … · md 32 · … · 3xl 48 px. @default "md" */
  size?: (typeof DATE_PICKER_SIZES)[number];
  /** Side of the trigger the calendar opens on. @default "bottom" */
  side?: (typeof DATE_PICKER_SIDES)[number];
  /** Alignment of the calendar along the trigger. @default "center" */
  align?: (typeof DATE_PICKER_ALIGNS)[number];
  /** Fully rounded ends. @default false */
  pill?: DatePickerVariantProps["pill"];
  /** Fill the container's width. @default false */
  block?: DatePickerVariantProps["block"];
  /** Show a control that clears the day. @default false */
  clearable?: boolean;
  /** The picker cannot be opened and is left out of form values. @default false */
  disabled?: boolean;
  /** Show the invalid state. */
  invalid?: boolean;
  /**
   * Accessible name of the trigger when no `Label` names it (a `Label` whose `fieldName` is `name` wins); the
   * chosen day (or placeholder) is appended. @default "Date"
   */
  "aria-label"?: string;
  /** Busy state (while an action runs). */
  "aria-busy"?: boolean;
  className?: string;
  id?: string;
}

/** Same size as the calendar, so the popover does not jump when the lazy chunk arrives. */
function CalendarPlaceholder() {
  return <div className="cw-datepicker__calendar cw-datepicker__calendar--loading" aria-busy="true" aria-label="Loading calendar" />;
}

/**
 * A date field: a trigger showing the chosen day and a calendar popover (Radix Popover + react-day-picker,
 * loaded lazily). The value lives in a hidden input as `yyyy-mm-dd` so forms read it like any field.
 */
export const DatePicker = forwardRef<HTMLButtonElement, DatePickerProps>(function DatePicker(
  {
    name,
    defaultValue,
    value: controlledValue,
    onValueChange,
    min,
    max,
    placeholder = "Select date",
    variant,
    size,
    side,
    align,
    pill,
    block,
    clearable = false,
    disabled = false,
    invalid,
    className,
    id,
    "aria-label": ariaLabel = "Date",
    "aria-busy": ariaBusy,
  },
  ref,
) {
  const [uncontrolledValue, setUncontrolledValue] = useState(() => normalizeIsoDay(defaultValue));
  const value = controlledValue !== undefined ? normalizeIsoDay(controlledValue) : uncontrolledValue;
  const [open, setOpen] = useState(false);
  const [triggerRef, setTriggerRef] = useOwnRef(ref);
  const rootRef = useRef<HTMLSpanElement>(null);
  // The calendar is portalled to <body>: it takes the theme of the subtree the picker sits in.
  const openerTheme = useOpenerTheme(rootRef, open);
  const generatedId = useId();
  const valueId = useId();
  const labelledBy = useFieldLabelledBy(name, triggerRef);
  const resolvedVariant = variant ?? DATE_PICKER_DEFAULTS.variant;
  const resolvedSize = size ?? DATE_PICKER_DEFAULTS.size;
  const selected = parseIsoDay(value);
  const minDay = parseIsoDay(min);
  const maxDay = parseIsoDay(max);

  const choose = useCallback(
    (next: string) => {
      if (controlledValue === undefined) setUncontrolledValue(next);
      onValueChange?.(next);
    },
    [controlledValue, onValueChange],
  );

  const onSelectDay = (date: Date | undefined) => {
    // Clicking the chosen day again keeps it (clearing is the clear control's job).
    if (date) {
      const next = formatIsoDay(date);
      if (next !== value) choose(next);
    }
    setOpen(false);
  };

  const showClear = clearable && value !== "" && !disabled;
  const display = selected ? formatDisplayDay(selected) : undefined;

  return (
    <span
      ref={rootRef}
      className={cx(
        datePickerVariants({ variant: resolvedVariant, size: resolvedSize, pill, block }),
        selectVariants({ variant: resolvedVariant, size: resolvedSize, pill, block }),
        className,
      )}
      data-variant={resolvedVariant}
      data-size={resolvedSize}
      data-pill={pill ?? DATE_PICKER_DEFAULTS.pill}
      data-block={block || undefined}
      data-clearable={showClear || undefined}
      data-disabled={disabled || undefined}
    >
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger
          ref={setTriggerRef}
          id={id ?? generatedId}
          className="cw-select__trigger cw-datepicker__trigger"
          disabled={disabled}
          // A Label's text, then the day shown; without a Label, "Date: <day>".
          aria-labelledby={labelledBy ? `${labelledBy} ${valueId}` : undefined}
          aria-label={labelledBy ? undefined : `${ariaLabel}: ${display ?? placeholder}`}
          aria-invalid={invalid || undefined}
          aria-busy={ariaBusy || undefined}
          onPointerEnter={() => void loadCalendar()}
          onFocus={() => void loadCalendar()}
        >
          <span className="cw-select__value" id={valueId} data-placeholder={display ? undefined : ""}>
            {display ?? placeholder}
          </span>
          <Icon name="calendar" size="sm" className="cw-datepicker__icon" />
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            {...openerTheme}
            className="cw-datepicker__content"
            side={side ?? DATE_PICKER_DEFAULTS.side}
            align={align ?? DATE_PICKER_DEFAULTS.align}
            sideOffset={4}
            collisionPadding={8}
            aria-label={ariaLabel}
          >
            <Suspense fallback={<CalendarPlaceholder />}>
              <Calendar selected={selected} onSelect={onSelectDay} min={minDay} max={maxDay} />
            </Suspense>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {showClear ? <ClearButton label="Clear date" focusTarget={triggerRef} onClear={() => choose("")} /> : null}
      {name !== undefined ? <input type="hidden" name={name} value={value} disabled={disabled} /> : null}
    </span>
  );
});
