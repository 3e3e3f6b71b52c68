export * from "./text";
export * from "./gold";
export * from "./context";
export * from "./quotes";
export * from "./entities";
export * from "./claims";
export * from "./discrepancies";
export * from "./report";
