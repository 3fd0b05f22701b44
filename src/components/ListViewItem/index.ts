export { ListViewItem, type ListViewItemProps } from "./ListViewItem";
