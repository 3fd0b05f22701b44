export { Badge, badgeVariants, BADGE_DEFAULTS, BADGE_COLORS, BADGE_VARIANTS, type BadgeProps } from "./Badge";
export { BadgeView } from "./Badge.view";
