/** 副本, 复件, `- Copy`, `(2)`: how file managers and office suites name a copy. */
const copyName = /副本|复件|\bcopy\b|[（(]\d+[)）]/iu;

/** Whether a source's file name marks it as a copy of another file, so the original is kept when both have the same text. */
export function looksLikeCopy(path: string): boolean {
  return copyName.test(path.split("/").pop() ?? path);
}
