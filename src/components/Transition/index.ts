export { Transition, type TransitionProps } from "./Transition";
