import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ForwardedRef,
  type KeyboardEvent,
  type RefObject,
} from "react";
import { Popover } from "radix-ui";
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

/** Text folded for comparison: accents dropped (NFD, no diacritics), lower case. Search and typeahead share it. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/** Case- and accent-insensitive match of the query against label, value and description. */
export function matchesQuery(option: SelectOption, query: string): boolean {
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

/**
 * The "×" of the clear control (16×16 viewBox, drawn in `currentColor`, sized by its container's CSS). Decorative:
 * `aria-hidden`, never focusable; the button around it carries the name.
 */
export function ClearGlyph() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M5 5l6 6M11 5l-6 6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

export interface ClearButtonProps {
  /** Accessible name, e.g. "Clear selection". */
  label: string;
  /** Empties the value; called after focus has moved to `focusTarget`. */
  onClear: () => void;
  /** The control that takes focus (its trigger): the button goes away with the value it clears. */
  focusTarget: RefObject<HTMLElement | null>;
}

/**
 * The clear control of Select and DatePicker: a small button over the trigger, before its icon. It removes
 * itself with the value, so it first moves focus to `focusTarget` — focus never falls to the page.
 */
export function ClearButton({ label, onClear, focusTarget }: ClearButtonProps) {
  return (
    <button
      type="button"
      className="cw-select__clear"
      aria-label={label}
      onClick={() => {
        focusTarget.current?.focus();
        onClear();
      }}
    >
      <ClearGlyph />
    </button>
  );
}

/** Options moved over by PageUp / PageDown. */
const PAGE_STEP = 10;
/** A pause longer than this (ms) starts a new typeahead string. */
const TYPEAHEAD_RESET_MS = 500;

/** Where the active option moves for a navigation key, or `undefined` for other keys. */
function moveFor(key: string, alt: boolean): "next" | "previous" | "first" | "last" | "pageDown" | "pageUp" | undefined {
  if (alt) return undefined;
  switch (key) {
    case "ArrowDown":
      return "next";
    case "ArrowUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "PageDown":
      return "pageDown";
    case "PageUp":
      return "pageUp";
    default:
      return undefined;
  }
}

/**
 * Elements reached with Tab under `root`, in document order (no positive tabindex in this design system). Radix's
 * focus guards (`[data-radix-focus-guard]`, zero-size spans at both ends of <body> while a popover is open) are
 * left out: they go away with the popover.
 */
function tabStops(root: HTMLElement): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]:not([contenteditable='false'])");
  return [...candidates].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(":disabled, input[type=hidden], [data-radix-focus-guard]") &&
      !element.closest("[inert]") &&
      element.getClientRects().length > 0,
  );
}

const isPrintable = (event: KeyboardEvent) => event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * A dropdown of options, following the WAI-ARIA APG select-only combobox: the trigger is a button with
 * `role=combobox` that keeps focus while the list is open and points at the active option with
 * `aria-activedescendant`; the popup is a `role=listbox` of `role=option`s (`aria-selected` on the chosen one).
 * Keys on the trigger: Down/Up/Enter/Space/Home/End or a letter open the list; in the list Down/Up, Home/End,
 * PageUp/PageDown and typeahead move, Enter/Space/Alt+Up choose, Escape closes, Tab chooses and moves on.
 *
 * The list is non-modal (Radix Popover, `modal={false}`): nothing else on the page is hidden or made inert, and
 * focus moving elsewhere closes it. With `searchable` a search field above the list is an editable combobox
 * with list autocomplete (it holds focus while the list is open); "No matches" is announced by a
 * `role=status` region. A visually hidden native `select` carries `name`, `required` and the value for forms.
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
  const [query, setQuery] = useState("");
  // The active (keyboard-highlighted) option, by value; `null` when none is.
  const [active, setActive] = useState<string | null>(null);
  const [triggerRef, setTriggerRef] = useOwnRef(ref);
  const searchRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  const nativeRef = useRef<HTMLSelectElement>(null);
  // The form's validation found the required select empty (`invalid` event); shown until something is chosen.
  const [reportedInvalid, setReportedInvalid] = useState(false);
  const typeahead = useRef({ text: "", at: 0 });
  // A pointer went down outside the open list (and its trigger): focus goes where that put it.
  const pointerDownOutside = useRef(false);
  // Enter or Space was handled on keydown: the click the browser may send for that key is not a second toggle.
  const keyClick = useRef(false);
  // The list is portalled to <body>: it takes the theme of the subtree the select sits in.
  const openerTheme = useOpenerTheme(rootRef, open);
  const listId = useId();
  const generatedId = useId();
  const labelledBy = useFieldLabelledBy(name, triggerRef);
  const resolvedVariant = variant ?? SELECT_DEFAULTS.variant;
  const resolvedSize = size ?? SELECT_DEFAULTS.size;
  const isSearchable = searchable ?? options.length > SELECT_SEARCH_THRESHOLD;
  const accessibleName = labelledBy ? undefined : (ariaLabel ?? placeholder);

  const visibleOptions = useMemo(
    () => (isSearchable && query ? options.filter((option) => matchesQuery(option, query)) : options),
    [isSearchable, options, query],
  );
  const enabledOptions = useMemo(() => visibleOptions.filter((option) => !option.disabled), [visibleOptions]);
  // Option ids by value (index in `options`: values may hold characters that ids should not).
  const optionIds = useMemo(() => new Map(options.map((option, index) => [option.value, `${listId}-option-${index}`])), [options, listId]);
  const activeId = open && active !== null ? optionIds.get(active) : undefined;
  const selectedOption = options.find((option) => option.value === value);

  const choose = useCallback(
    (next: string) => {
      if (next === value) return;
      if (controlledValue === undefined) setUncontrolledValue(next);
      onValueChange?.(next);
    },
    [controlledValue, onValueChange, value],
  );

  /** Opens the list with the chosen option active (else the first enabled one), or the one `at` names. */
  const openList = (at?: "first" | "last") => {
    if (disabled) return;
    const enabled = options.filter((option) => !option.disabled);
    const start = at === "first" ? enabled[0] : at === "last" ? enabled.at(-1) : (enabled.find((option) => option.value === value) ?? enabled[0]);
    setActive(start?.value ?? null);
    pointerDownOutside.current = false;
    setOpen(true);
  };

  /** Closes the list; `focusTrigger` when focus was inside the popover (the search field). */
  const closeList = (focusTrigger = false) => {
    if (focusTrigger) triggerRef.current?.focus();
    setOpen(false);
  };

  useEffect(() => {
    if (!open) setQuery("");
  }, [open]);

  // Form reset: the uncontrolled select shows its `defaultValue` again. The native select is set after the
  // browser's own reset (which picks its first option), so the form value matches the trigger.
  const latest = useRef({ value, defaultValue, controlled: controlledValue !== undefined });
  latest.current = { value, defaultValue, controlled: controlledValue !== undefined };
  useEffect(() => {
    const form = nativeRef.current?.form;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onReset = () => {
      setReportedInvalid(false);
      timer = setTimeout(() => {
        const { value: current, defaultValue: initial, controlled } = latest.current;
        const next = controlled ? current : (initial ?? "");
        if (!controlled) setUncontrolledValue(next);
        if (nativeRef.current) nativeRef.current.value = next;
      }, 0);
    };
    form.addEventListener("reset", onReset);
    return () => {
      form.removeEventListener("reset", onReset);
      clearTimeout(timer);
    };
  }, [name]);

  // The active option stays in view: as it moves, each time the list opens (the chosen option may be far down),
  // and when the list's height settles (Radix caps it to the space available only after positioning). Only the
  // list scrolls: `scrollIntoView` would also scroll the page, toward a popup not yet positioned.
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (!viewport || !activeId) return;
    const reveal = () => {
      const option = document.getElementById(activeId);
      if (option) scrollWithin(viewport, option);
    };
    reveal();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(reveal);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewport, activeId]);

  const move = (to: NonNullable<ReturnType<typeof moveFor>>) => {
    if (enabledOptions.length === 0) return;
    const index = enabledOptions.findIndex((option) => option.value === active);
    const last = enabledOptions.length - 1;
    const next =
      to === "first" ? 0
      : to === "last" ? last
      : index === -1 ? (to === "previous" || to === "pageUp" ? last : 0)
      : to === "next" ? Math.min(index + 1, last)
      : to === "previous" ? Math.max(index - 1, 0)
      : to === "pageDown" ? Math.min(index + PAGE_STEP, last)
      : Math.max(index - PAGE_STEP, 0);
    setActive(enabledOptions[next]!.value);
  };

  /** Typeahead: the next enabled option whose label starts with the typed string (a repeated letter cycles). */
  const typeAhead = (char: string, from: string | null) => {
    const now = Date.now();
    const state = typeahead.current;
    state.text = now - state.at > TYPEAHEAD_RESET_MS ? char : state.text + char;
    state.at = now;
    const enabled = options.filter((option) => !option.disabled);
    const cycling = state.text.length > 1 && [...state.text].every((c) => c === state.text[0]);
    const needle = fold(cycling ? char : state.text);
    const fromIndex = enabled.findIndex((option) => option.value === from);
    const startIndex = Math.max(0, fromIndex);
    // A single letter moves past the active option when it already starts with it (so repeating it cycles);
    // with nothing active the search starts at the first option itself.
    const offset = needle.length === 1 && fromIndex !== -1 && fold(enabled[fromIndex]!.label).startsWith(needle) ? 1 : 0;
    for (let step = 0; step < enabled.length; step++) {
      const option = enabled[(startIndex + offset + step) % enabled.length]!;
      if (fold(option.label).startsWith(needle)) return option.value;
    }
    return null;
  };

  /** Chooses the active option (when it is enabled and shown) and closes. */
  const commitActive = (focusTrigger: boolean) => {
    if (active !== null && enabledOptions.some((option) => option.value === active)) choose(active);
    closeList(focusTrigger);
  };

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (disabled) return;
    const { key, altKey } = event;
    if (key === "Enter" || key === " ") keyClick.current = true;
    if (!open) {
      if (key === "ArrowDown" || key === "ArrowUp" || key === "Enter" || key === " ") {
        event.preventDefault();
        openList();
      } else if (key === "Home" || key === "End") {
        event.preventDefault();
        openList(key === "Home" ? "first" : "last");
      } else if (isPrintable(event)) {
        event.preventDefault();
        if (isSearchable) {
          // The letter starts the search, as if typed into the search field (the first match becomes active).
          openList();
          onQueryChange(key);
        } else {
          const found = typeAhead(key, value || null);
          openList();
          if (found !== null) setActive(found);
        }
      }
      return;
    }
    // Open, select-only: focus stays here and the keys move the active option.
    if (key === "Tab") {
      // Choose what is active and let focus move on as usual (no preventDefault).
      commitActive(false);
      return;
    }
    if (key === "Escape") {
      event.preventDefault();
      closeList();
      return;
    }
    if ((key === "ArrowUp" && altKey) || key === "Enter" || (key === " " && !typeaheadRunning())) {
      event.preventDefault();
      commitActive(false);
      return;
    }
    const to = moveFor(key, altKey);
    if (to) {
      event.preventDefault();
      move(to);
      return;
    }
    if (isPrintable(event)) {
      event.preventDefault();
      const found = typeAhead(key, active);
      if (found !== null) setActive(found);
    }
  };

  const typeaheadRunning = () => Date.now() - typeahead.current.at <= TYPEAHEAD_RESET_MS && typeahead.current.text !== "";

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key, altKey } = event;
    if (key === "Escape") {
      event.preventDefault();
      // Radix closes too (Escape anywhere dismisses); focus goes back to the trigger before the field goes.
      closeList(true);
      return;
    }
    if (key === "Enter" || (key === "ArrowUp" && altKey)) {
      event.preventDefault();
      commitActive(true);
      return;
    }
    if (key === "Tab") {
      // The field sits in a popover portalled to <body>: Tab moves on from the trigger's place in the page
      // (with nothing after it, focus stays on the trigger). Shift+Tab chooses too and goes back to the trigger.
      event.preventDefault();
      const trigger = triggerRef.current;
      commitActive(true);
      if (!event.shiftKey && trigger) {
        const stops = tabStops(trigger.ownerDocument.body).filter((element) => !contentRef.current?.contains(element));
        stops[stops.indexOf(trigger) + 1]?.focus();
      }
      return;
    }
    // Home/End/PageUp/PageDown and the arrows: Up/Down always move in the list; the others too (the field is short).
    const to = moveFor(key, altKey);
    if (to && (key === "ArrowDown" || key === "ArrowUp" || key === "PageDown" || key === "PageUp")) {
      event.preventDefault();
      move(to);
    }
  };

  const onQueryChange = (next: string) => {
    setQuery(next);
    // List autocomplete with automatic selection: the first match becomes active.
    const first = (next ? options.filter((option) => matchesQuery(option, next)) : options).find((option) => !option.disabled);
    setActive(next ? (first?.value ?? null) : (options.find((option) => option.value === value && !option.disabled) ?? first)?.value ?? null);
  };

  const hasValue = value !== "";
  const showClear = clearable && hasValue && !disabled;
  const noMatches = isSearchable && visibleOptions.length === 0;

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
      <Popover.Root open={open} onOpenChange={(next) => (next ? openList() : closeList())} modal={false}>
        <Popover.Anchor asChild>
          <button
            ref={setTriggerRef}
            type="button"
            role="combobox"
            id={id ?? generatedId}
            className="cw-select__trigger"
            disabled={disabled}
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={isSearchable ? undefined : activeId}
            aria-labelledby={labelledBy}
            aria-label={accessibleName}
            aria-required={required || undefined}
            aria-invalid={invalid || (reportedInvalid && required && value === "") || undefined}
            aria-busy={ariaBusy || undefined}
            data-state={open ? "open" : "closed"}
            onKeyDown={onTriggerKeyDown}
            onBlur={() => (keyClick.current = false)}
            onKeyUp={(event) => {
              // The click for Enter (keydown) or Space (keyup) comes before this task ends; later ones are real.
              if (event.key === "Enter" || event.key === " ") setTimeout(() => (keyClick.current = false), 0);
            }}
            onClick={(event) => {
              // Enter/Space were handled on keydown: skip only the click they produce (detail 0). Other detail-0
              // clicks come from assistive technology (VoiceOver VO+Space, Voice Control, `element.click()`).
              if (event.detail === 0 && keyClick.current) {
                keyClick.current = false;
                return;
              }
              keyClick.current = false;
              if (open) closeList();
              else openList();
            }}
          >
            <span className="cw-select__value" data-placeholder={selectedOption ? undefined : ""}>
              {selectedOption?.label ?? placeholder}
            </span>
            <span className="cw-select__icon" aria-hidden="true">
              <Chevron />
            </span>
          </button>
        </Popover.Anchor>
        <Popover.Portal>
          <Popover.Content
            {...openerTheme}
            ref={contentRef}
            // A listbox popup, not a dialog: the roles live on the list and the search field inside.
            role={undefined}
            className="cw-select__content"
            side="bottom"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            data-cw-select-size={resolvedSize}
            onOpenAutoFocus={(event) => {
              // Select-only: focus stays on the trigger. Searchable: the search field takes it.
              event.preventDefault();
              if (isSearchable) searchRef.current?.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // After a click outside, focus stays where the click put it (empty space: the page), as Radix's own
              // non-modal popover does. Otherwise focus that was in the popover (the search field) goes back to
              // the trigger, never to the page.
              if (pointerDownOutside.current) return;
              const focused = document.activeElement;
              if (!focused || focused === document.body) triggerRef.current?.focus();
            }}
            onPointerDownOutside={(event) => {
              if (!triggerRef.current?.contains(event.target as Node)) pointerDownOutside.current = true;
            }}
            onInteractOutside={(event) => {
              // The trigger toggles the list itself.
              if (triggerRef.current?.contains(event.target as Node)) event.preventDefault();
            }}
          >
            {isSearchable ? (
              <div className="cw-select__search">
                <input
                  ref={searchRef}
                  className="cw-select__search-input"
                  type="search"
                  role="combobox"
                  value={query}
                  placeholder="Search"
                  aria-label="Search options"
                  aria-autocomplete="list"
                  aria-expanded="true"
                  aria-controls={listId}
                  aria-activedescendant={activeId}
                  autoComplete="off"
                  onChange={(event) => onQueryChange(event.target.value)}
                  onKeyDown={onSearchKeyDown}
                />
              </div>
            ) : null}
            <div
              ref={setViewport}
              className="cw-select__viewport"
              id={listId}
              role="listbox"
              aria-labelledby={labelledBy}
              aria-label={accessibleName}
              // Pressing an option must not take focus from the trigger or the search field.
              onMouseDown={(event) => event.preventDefault()}
            >
              {visibleOptions.map((option) => (
                <SelectItem
                  key={option.value}
                  id={optionIds.get(option.value)!}
                  option={option}
                  selected={option.value === value}
                  active={option.value === active}
                  onHover={() => setActive(option.value)}
                  onChoose={() => {
                    choose(option.value);
                    closeList(true);
                  }}
                />
              ))}
            </div>
            {isSearchable ? (
              <div className="cw-select__empty" role="status" data-empty={noMatches ? undefined : ""}>
                {noMatches ? "No matches" : ""}
              </div>
            ) : null}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {showClear ? <ClearButton label="Clear selection" focusTarget={triggerRef} onClear={() => choose("")} /> : null}
      {name !== undefined ? (
        // The form value (and `required`): a native select, hidden from view and from assistive technology.
        <select
          className="cw-select__native"
          name={name}
          value={value}
          required={required}
          disabled={disabled}
          ref={nativeRef}
          aria-hidden="true"
          tabIndex={-1}
          onChange={() => {}}
          // Form validation (`reportValidity`, submit) focuses the first invalid control: hand focus to the trigger.
          onFocus={() => triggerRef.current?.focus()}
          onInvalid={() => setReportedInvalid(true)}
        >
          <option value="" />
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : null}
    </span>
  );
});

/** Scrolls `container` by the least amount that shows all of `element` (a descendant), nothing else. */
function scrollWithin(container: HTMLElement, element: HTMLElement) {
  const outer = container.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  if (inner.top < outer.top) container.scrollTop -= outer.top - inner.top;
  else if (inner.bottom > outer.bottom) container.scrollTop += Math.min(inner.bottom - outer.bottom, inner.top - outer.top);
}

interface SelectItemProps {
  id: string;
  option: SelectOption;
  selected: boolean;
  active: boolean;
  onHover: () => void;
  onChoose: () => void;
}

/** One `role=option`: named by its content (label, then description), chosen by a click. */
function SelectItem({ id, option, selected, active, onHover, onChoose }: SelectItemProps) {
  return (
    <div
      id={id}
      role="option"
      className="cw-select__item"
      aria-selected={selected}
      aria-disabled={option.disabled || undefined}
      data-highlighted={active ? "" : undefined}
      data-disabled={option.disabled ? "" : undefined}
      data-state={selected ? "checked" : "unchecked"}
      onPointerMove={option.disabled || active ? undefined : onHover}
      onClick={option.disabled ? undefined : onChoose}
    >
      <span className="cw-select__item-text">
        <span className="cw-select__label">{option.label}</span>
        {option.description ? <span className="cw-select__description">{option.description}</span> : null}
      </span>
      {selected ? (
        <span className="cw-select__check" aria-hidden="true">
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
      ) : null}
    </div>
  );
}
