export { Card, cardVariants, CARD_DEFAULTS, type CardProps, type CardSize } from "./Card";
export { StatusHeader, type StatusHeaderProps, type WidgetStatusValue } from "./StatusHeader";
