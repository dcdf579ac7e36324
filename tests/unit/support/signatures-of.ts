import type { Signatures } from "../../../src/similarity/lsh.ts";

/** Whole signatures as `candidates` reads them: each array once however many items share it, a few rows at a time. */
export function signaturesOf(signatures: Uint32Array[]): Signatures {
  const distinct: Uint32Array[] = [];
  const known = new Map<Uint32Array, number>();
  const of = Int32Array.from(signatures, (sig) => {
    let k = known.get(sig);
    if (k === undefined) {
      k = distinct.push(sig) - 1;
      known.set(sig, k);
    }
    return k;
  });
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
