/**
 * A function that gives back, for each string, the first equal string it was given: text copied word for word into
 * many reports (the genre's habit) is then held once, not once a copy. The strings met are held until it is dropped.
 */
export function interner(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => known.get(text) ?? (known.set(text, text), text);
}
