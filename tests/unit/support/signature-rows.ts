import type { SignatureRows } from "../../../src/similarity/lsh.ts";

/** Whole signatures, as `candidates` reads them: a few rows at a time, item after item. */
export function rowsOf(signatures: Uint32Array[]): SignatureRows {
  return (from, to) => {
    const rows = new Uint32Array(signatures.length * (to - from));
    signatures.forEach((sig, i) => rows.set(sig.subarray(from, to), i * (to - from)));
    return rows;
  };
}
