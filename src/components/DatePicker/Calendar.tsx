// The calendar grid: loaded on the first open of a DatePicker (react-day-picker is the heavy part).
import { DayPicker, type Matcher, type Modifiers } from "react-day-picker";

export interface CalendarProps {
  selected?: Date;
  onSelect: (date: Date | undefined) => void;
  min?: Date;
  max?: Date;
}

const CLASS_NAMES = {
  root: "cw-datepicker__calendar",
  months: "cw-datepicker__months",
  month: "cw-datepicker__month",
  month_caption: "cw-datepicker__caption",
  caption_label: "cw-datepicker__caption-label",
  nav: "cw-datepicker__nav",
  button_previous: "cw-datepicker__nav-button",
  button_next: "cw-datepicker__nav-button",
  chevron: "cw-datepicker__chevron",
  month_grid: "cw-datepicker__grid",
  weekdays: "cw-datepicker__weekdays",
  weekday: "cw-datepicker__weekday",
  weeks: "cw-datepicker__weeks",
  week: "cw-datepicker__week",
  day: "cw-datepicker__day",
  day_button: "cw-datepicker__day-button",
  selected: "cw-datepicker__day--selected",
  today: "cw-datepicker__day--today",
  disabled: "cw-datepicker__day--disabled",
  outside: "cw-datepicker__day--outside",
  hidden: "cw-datepicker__day--hidden",
  focused: "cw-datepicker__day--focused",
};

const fullDay = new Intl.DateTimeFormat(undefined, { dateStyle: "full" });

/**
 * A day button's name starts with the number it shows, then the full date and its state: "15, Friday, March 15,
 * 2024, selected". Speech input users say what they see ("click 15"), so the visible text comes first (WCAG 2.5.3).
 */
export function labelDayButton(date: Date, modifiers: Modifiers): string {
  let label = `${date.getDate()}, ${fullDay.format(date)}`;
  if (modifiers.today) label += ", today";
  if (modifiers.selected) label += ", selected";
  return label;
}

const LABELS = { labelDayButton };

/** The month to show first: the chosen day, else today kept within min/max. */
function initialMonth(selected?: Date, min?: Date, max?: Date): Date {
  if (selected) return selected;
  const today = new Date();
  if (min && today < min) return min;
  if (max && today > max) return max;
  return today;
}

export default function Calendar({ selected, onSelect, min, max }: CalendarProps) {
  const disabled: Matcher[] = [];
  if (min) disabled.push({ before: min });
  if (max) disabled.push({ after: max });
  return (
    <DayPicker
      mode="single"
      selected={selected}
      onSelect={onSelect}
      disabled={disabled}
      defaultMonth={initialMonth(selected, min, max)}
      startMonth={min}
      endMonth={max}
      showOutsideDays
      fixedWeeks
      autoFocus
      classNames={CLASS_NAMES}
      labels={LABELS}
    />
  );
}
