// Apart from report.ts so that browser code (src/schemas/collection.ts) names the kinds without loading report.ts's schemas.

/**
 * The kinds of section a 对照检查材料 is made of, the skeleton's six in reading order, then `other`:
 * a section of none of them (学习情况, 遵守政治纪律情况, 个人有关事项), shown under its own heading.
 */
export const sectionKinds = ["preamble", "review", "problem", "cause", "measure", "closing", "other"] as const;
