"use client";
import { Cases } from "./cases";

export function ClientCases() {
  return <Cases />;
}
