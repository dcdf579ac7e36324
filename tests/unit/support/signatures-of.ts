import { indexDistinct } from "../../../src/lib/distinct.ts";
import type { Signatures } from "../../../src/similarity/lsh.ts";

/** Whole signatures as `candidates` reads them: each array once however many items share it, a few rows at a time. */
export function signaturesOf(signatures: Uint32Array[]): Signatures {
  const { distinct, of } = indexDistinct(signatures);
  return {
    count: distinct.length,
    of,
    rows: (from, to) => {
      const rows = new Uint32Array(distinct.length * (to - from));
      distinct.forEach((sig, k) => rows.set(sig.subarray(from, to), k * (to - from)));
      return rows;
    },
  };
}
