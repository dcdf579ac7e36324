/** The problem aspect a passage sits under, from a report's aspects; none outside the problems. */
export function problemAspect<A extends { n: number }>(aspects: A[], p: { section: string; aspect: number }): A | undefined {
  return p.section === "problem" && p.aspect > 0 ? aspects.find((a) => a.n === p.aspect) : undefined;
}
