export { ListView, visibleCount, AUTO_LIMIT_THRESHOLD, AUTO_LIMIT_VISIBLE, type ListViewProps } from "./ListView";
