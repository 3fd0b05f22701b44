export { Spacer, type SpacerProps } from "./Spacer";
