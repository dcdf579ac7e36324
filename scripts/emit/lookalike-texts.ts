import type { Passage } from "../../src/schemas/report.ts";
import type { LookalikeTexts } from "../../src/schemas/lookalike-texts.ts";

/** A report's look-alike texts (src/schemas/lookalike-texts.ts), from the passages of the corpus by report id; null where it has none. */
export function lookalikeTexts(passages: Passage[], corpus: Map<string, Passage[]>): LookalikeTexts | null {
  const texts: LookalikeTexts = {};
  for (const p of passages) {
    for (const m of p.similar) {
      const key = `${m.report}#${m.passage}`;
      // A report has a score of passages: found by id among them, no corpus-wide map keyed by `<report>#<passage>`.
      const other = corpus.get(m.report)?.find((o) => o.id === m.passage);
      if (other) texts[key] = { headline: other.headline, text: other.text, ...(other.simplified === undefined ? {} : { simplified: other.simplified }) };
    }
  }
  // Sorted keys: the same look-alikes, the same file.
  const keys = Object.keys(texts).sort();
  return keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, texts[k] as LookalikeTexts[string]])) : null;
}
