export { Basic, type BasicProps } from "./Basic";
