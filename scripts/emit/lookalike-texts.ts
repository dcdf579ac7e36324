import type { Passage } from "../../src/schemas/report.ts";
import type { LookalikeTexts } from "../../src/schemas/lookalike-texts.ts";

/** A report's look-alike texts (src/schemas/lookalike-texts.ts), from the passages of the corpus by report id; null where it has none. */
export function lookalikeTexts(passages: Passage[], corpus: Map<string, Passage[]>): LookalikeTexts | null {
  // Collected in a Map and made an object once, in key order: an object grown key by key was twice as slow.
  const texts = new Map<string, LookalikeTexts[string]>();
  for (const p of passages) {
    for (const m of p.similar) {
      const key = `${m.report}#${m.passage}`;
      if (texts.has(key)) continue;
      // A report has a score of passages: found by id among them, no corpus-wide map keyed by `<report>#<passage>`.
      const other = corpus.get(m.report)?.find((o) => o.id === m.passage);
      if (other) texts.set(key, { headline: other.headline, text: other.text, ...(other.simplified === undefined ? {} : { simplified: other.simplified }) });
    }
  }
  // Sorted keys: the same look-alikes, the same file.
  return texts.size > 0 ? Object.fromEntries([...texts.keys()].sort().map((k) => [k, texts.get(k) as LookalikeTexts[string]])) : null;
}
