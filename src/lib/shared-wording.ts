import { defaultLookalikeOptions } from "../similarity/find-lookalikes.ts";
import { gramStarts, sharedSpans, type GramStarts, type Span } from "../similarity/shared-spans.ts";
import { comparable, type Comparable } from "../similarity/shingles.ts";

/** A passage's letters and where each run of them starts, as the comparison reads them. */
interface Indexed {
  letters: Comparable;
  starts: GramStarts;
}

// A passage is compared with several others on one page, and again on its look-alikes' pages:
// it is indexed once. Bounded, so a build of any size keeps a few MB here.
const indexed = new Map<string, Indexed>();
const kept = 5_000;

function indexOf(text: string): Indexed {
  let x = indexed.get(text);
  if (!x) {
    if (indexed.size >= kept) indexed.clear();
    const letters = comparable(text);
    x = { letters, starts: gramStarts(letters.chars, defaultLookalikeOptions.minRun) };
    indexed.set(text, x);
  }
  return x;
}

/** Where two look-alike passages word things the same way, in each one's text (runs as the similarity step keeps them). */
export function sharedWording(a: string, b: string): [Span[], Span[]] {
  const [x, y] = [indexOf(a), indexOf(b)];
  const n = defaultLookalikeOptions.minRun;
  return [sharedSpans(x.letters, y.letters, n, y.starts), sharedSpans(y.letters, x.letters, n, x.starts)];
}
