export { Col, type ColProps } from "./Col";
