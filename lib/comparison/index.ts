/** Cross-source comparison: every article's analysis of one story in, entities, groups and discrepancies out. Pure. */
export { compareSources, type CompareOptions } from "./compare-sources";
