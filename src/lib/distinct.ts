/**
 * The distinct values of a list, in first-seen order, and for each item which of them it is (equal as Map keys are:
 * strings by value, objects by identity). Copied passages repeat across many reports: work done per distinct value
 * is done once.
 */
export function indexDistinct<T>(items: Iterable<T>): { distinct: T[]; of: Int32Array } {
  const index = new Map<T, number>();
  const distinct: T[] = [];
  const of = Int32Array.from(items, (item) => {
    let known = index.get(item);
    if (known === undefined) {
      known = distinct.push(item) - 1;
      index.set(item, known);
    }
    return known;
  });
  return { distinct, of };
}
