import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ForwardedRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { Select as SelectPrimitive } from "radix-ui";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { CONTROL_SIZES, CONTROL_VARIANTS } from "../../tokens";
import { useFieldLabelledBy } from "../Label/fieldLabels";
import { useOpenerTheme } from "./openerTheme";

export const SELECT_VARIANTS = CONTROL_VARIANTS;
export const SELECT_SIZES = CONTROL_SIZES;
/** More options than this turn the search field on when `searchable` is not set (chatkit-python). */
export const SELECT_SEARCH_THRESHOLD = 15;

type SelectVariant = (typeof SELECT_VARIANTS)[number];
type SelectSize = (typeof SELECT_SIZES)[number];

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

/** Defaults of the widget vocabulary (WIDGET-SPEC §2.5), mirrored into data-* attributes. */
export const SELECT_DEFAULTS = { variant: "outline", size: "md", pill: false, block: false } as const;

export const selectVariants = cva("cw-select", {
  variants: {
    variant: classes(SELECT_VARIANTS, "cw-select--"),
    size: classes(SELECT_SIZES, "cw-select--size-"),
    pill: { true: "cw-select--pill", false: "" },
    block: { true: "cw-select--block", false: "" },
  },
  defaultVariants: SELECT_DEFAULTS,
});

type SelectVariantProps = VariantProps<typeof selectVariants>;

export interface SelectOption {
  /** Value submitted when the option is chosen. */
  value: string;
  /** Text of the option (and of the trigger once chosen). */
  label: string;
  /** Secondary text under the label in the list. */
  description?: string;
  /** The option is shown but cannot be chosen. */
  disabled?: boolean;
}

export interface SelectProps {
  /** Field name: the form payload gets the chosen value under it (dot paths nest). */
  name?: string;
  /** The choices. */
  options: SelectOption[];
  /** Initially chosen value of the uncontrolled select. */
  defaultValue?: string;
  /** Controlled value (`""` = nothing chosen); pair with `onValueChange`. */
  value?: string;
  /** Called with the chosen value, or `""` after clearing. */
  onValueChange?: (value: string) => void;
  /** Text shown while nothing is chosen. @default "Select…" */
  placeholder?: string;
  /** Fill style of the trigger. @default "outline" */
  variant?: SelectVariant;
  /** Trigger height: 3xs 22 · 2xs 24 · xs 26 · sm 28 · md 32 · lg 36 · xl 40 · 2xl 44 · 3xl 48 px. @default "md" */
  size?: SelectSize;
  /** Fully rounded ends. @default false */
  pill?: SelectVariantProps["pill"];
  /** Fill the container's width. @default false */
  block?: SelectVariantProps["block"];
  /** Show a control that clears the choice. @default false */
  clearable?: boolean;
  /** Show a filter field at the top of the list. @default options.length > 15 */
  searchable?: boolean;
  /** The select cannot be opened and is left out of form values. @default false */
  disabled?: boolean;
  /** The form cannot be submitted while nothing is chosen. @default false */
  required?: boolean;
  /** Show the invalid state. */
  invalid?: boolean;
  /**
   * Accessible name of the trigger when no `Label` names it (a `Label` whose `fieldName` is `name` wins).
   * @default placeholder
   */
  "aria-label"?: string;
  /** Busy state (while an action runs). */
  "aria-busy"?: boolean;
  className?: string;
  id?: string;
}

/** Case- and accent-insensitive match of the query against label, value and description. */
export function matchesQuery(option: SelectOption, query: string): boolean {
  const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const needle = fold(query.trim());
  if (!needle) return true;
  return [option.label, option.value, option.description ?? ""].some((text) => fold(text).includes(needle));
}

function Chevron() {
  return (
    <svg className="cw-select__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 6.5L8 10l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * A ref of one's own that also fills the forwarded `ref`: the clear control hands focus to the trigger
 * (the clear control removes itself, and focus must not fall to the page).
 */
export function useOwnRef<T>(ref: ForwardedRef<T>): [RefObject<T | null>, (element: T | null) => void] {
  const own = useRef<T | null>(null);
  const setRef = useCallback(
    (element: T | null) => {
      own.current = element;
      if (typeof ref === "function") ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  return [own, setRef];
}

export function ClearGlyph() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M5 5l6 6M11 5l-6 6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A dropdown of options (Radix Select). Inside a form Radix renders a hidden native `select` with `name`,
 * so the value is read like any field. Options may carry a description and be disabled; long lists
 * get a search field.
 */
export const Select = forwardRef<HTMLButtonElement, SelectProps>(function Select(
  {
    name,
    options,
    defaultValue,
    value: controlledValue,
    onValueChange,
    placeholder = "Select…",
    variant,
    size,
    pill,
    block,
    clearable = false,
    searchable,
    disabled = false,
    required = false,
    invalid,
    className,
    id,
    "aria-label": ariaLabel,
    "aria-busy": ariaBusy,
  },
  ref,
) {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue ?? "");
  const value = controlledValue ?? uncontrolledValue;
  const [open, setOpen] = useState(false);
  const [triggerRef, setTriggerRef] = useOwnRef(ref);
  const [query, setQuery] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  // The list is portalled to <body>: it takes the theme of the subtree the select sits in.
  const openerTheme = useOpenerTheme(rootRef, open);
  const listId = useId();
  const generatedId = useId();
  const labelledBy = useFieldLabelledBy(name, triggerRef);
  const resolvedVariant = variant ?? SELECT_DEFAULTS.variant;
  const resolvedSize = size ?? SELECT_DEFAULTS.size;
  const isSearchable = searchable ?? options.length > SELECT_SEARCH_THRESHOLD;

  const choose = useCallback(
    (next: string) => {
      if (controlledValue === undefined) setUncontrolledValue(next);
      onValueChange?.(next);
    },
    [controlledValue, onValueChange],
  );

  // The chosen option stays in the list while filtering: Radix needs its item to show the trigger text,
  // and the hidden native select needs its option to keep the form value.
  const visibleOptions = useMemo(
    () => (isSearchable && query ? options.filter((option) => option.value === value || matchesQuery(option, query)) : options),
    [isSearchable, options, query, value],
  );

  useEffect(() => {
    if (!open) {
      setQuery("");
      return;
    }
    if (!isSearchable) return;
    // Radix focuses the selected item when the list opens; the search field takes focus after it.
    const frame = requestAnimationFrame(() => searchRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, isSearchable]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      event.currentTarget
        .closest(".cw-select__content")
        ?.querySelector<HTMLElement>('[role="option"]:not([data-disabled])')
        ?.focus();
      return;
    }
    // Keep typing in the field: Radix's typeahead and Space/Enter selection listen on the list.
    if (event.key !== "Escape" && event.key !== "Tab") event.stopPropagation();
  };

  const hasValue = value !== "";
  const showClear = clearable && hasValue && !disabled;

  return (
    <span
      ref={rootRef}
      className={cx(selectVariants({ variant: resolvedVariant, size: resolvedSize, pill, block }), className)}
      data-variant={resolvedVariant}
      data-size={resolvedSize}
      data-pill={pill ?? SELECT_DEFAULTS.pill}
      data-block={block || undefined}
      data-clearable={showClear || undefined}
      data-disabled={disabled || undefined}
    >
      <SelectPrimitive.Root
        name={name}
        value={value}
        onValueChange={choose}
        open={open}
        onOpenChange={setOpen}
        disabled={disabled}
        required={required}
      >
        <SelectPrimitive.Trigger
          ref={setTriggerRef}
          id={id ?? generatedId}
          className="cw-select__trigger"
          aria-labelledby={labelledBy}
          aria-label={labelledBy ? undefined : (ariaLabel ?? placeholder)}
          aria-invalid={invalid || undefined}
          aria-busy={ariaBusy || undefined}
        >
          <span className="cw-select__value" data-placeholder={hasValue ? undefined : ""}>
            <SelectPrimitive.Value placeholder={placeholder} />
          </span>
          <SelectPrimitive.Icon className="cw-select__icon">
            <Chevron />
          </SelectPrimitive.Icon>
        </SelectPrimitive.Trigger>
        <SelectPrimitive.Portal>
          <SelectPrimitive.Content
            {...openerTheme}
            className="cw-select__content"
            position="popper"
            sideOffset={4}
            data-cw-select-size={resolvedSize}
          >
            {isSearchable ? (
              <div className="cw-select__search">
                <input
                  ref={searchRef}
                  className="cw-select__search-input"
                  type="search"
                  value={query}
                  placeholder="Search"
                  aria-label="Search options"
                  aria-controls={listId}
                  autoComplete="off"
                  onChange={(event) => setQuery(event.target.value)}
                  onKeyDown={onSearchKeyDown}
                />
              </div>
            ) : null}
            <SelectPrimitive.Viewport className="cw-select__viewport" id={listId}>
              {visibleOptions.map((option) => (
                <SelectItem key={option.value} option={option} />
              ))}
              {visibleOptions.length === 0 ? <div className="cw-select__empty">No matches</div> : null}
            </SelectPrimitive.Viewport>
          </SelectPrimitive.Content>
        </SelectPrimitive.Portal>
      </SelectPrimitive.Root>
      {showClear ? (
        <button
          type="button"
          className="cw-select__clear"
          aria-label="Clear selection"
          onClick={() => {
            // The button goes away with the value: focus moves to the trigger first, never to the page.
            triggerRef.current?.focus();
            choose("");
          }}
        >
          <ClearGlyph />
        </button>
      ) : null}
    </span>
  );
});

function SelectItem({ option }: { option: SelectOption }): ReactNode {
  return (
    <SelectPrimitive.Item value={option.value} disabled={option.disabled} className="cw-select__item">
      <span className="cw-select__item-text">
        <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
        {option.description ? <span className="cw-select__description">{option.description}</span> : null}
      </span>
      <SelectPrimitive.ItemIndicator className="cw-select__check">
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </SelectPrimitive.ItemIndicator>
    </SelectPrimitive.Item>
  );
}
