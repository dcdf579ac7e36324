/** Thrown for a file that cannot become a report; the message says what is wrong and what to do. */
export class SourceProblem extends Error {}
