import { defaultLookalikeOptions } from "../../scripts/similarity/find-lookalikes.ts";
import { sharedSpans, type Span } from "../../scripts/similarity/shared-spans.ts";
import { comparable, type Comparable } from "../../scripts/similarity/shingles.ts";

// A passage is compared with several others on one page, and again on its look-alikes' pages:
// its letters are read once. Bounded, so a build of any size keeps a few MB here.
const letters = new Map<string, Comparable>();
const kept = 5_000;

function lettersOf(text: string): Comparable {
  let c = letters.get(text);
  if (!c) {
    if (letters.size >= kept) letters.clear();
    c = comparable(text);
    letters.set(text, c);
  }
  return c;
}

/** Where two look-alike passages word things the same way, in each one's text (runs as the similarity step keeps them). */
export function sharedWording(a: string, b: string): [Span[], Span[]] {
  const [ca, cb] = [lettersOf(a), lettersOf(b)];
  return [sharedSpans(ca, cb, defaultLookalikeOptions.minRun), sharedSpans(cb, ca, defaultLookalikeOptions.minRun)];
}
