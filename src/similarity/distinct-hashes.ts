/** The table {@link distinctHashes} dedupes in, kept from call to call, and the stamp marking the current call's slots. */
let slots = new Uint32Array(0);
let stamps = new Uint32Array(0);
let stamp = 0;

/**
 * The distinct values of some hash arrays, in first-seen order. One open-addressing table reused from call to call, a
 * stamp telling this call's slots from older ones, so nothing is cleared or allocated per call but the result,
 * written into the start of `into` where it is long enough (a view of it is returned): a Set of thousands of numbers,
 * or sorting them, was most of the stock count and of the 查重 fingerprints. The hashes are already scrambled
 * (runHashes), so their low bits pick the slot.
 */
export function distinctHashes(parts: Uint32Array[], into?: Uint32Array): Uint32Array {
  const n = parts.reduce((sum, p) => sum + p.length, 0);
  const out = into && into.length >= n ? into : new Uint32Array(n);
  let size = Math.max(1024, slots.length);
  while (size < 2 * n) size *= 2;
  if (size !== slots.length || stamp === 0xffffffff) {
    slots = new Uint32Array(size);
    stamps = new Uint32Array(size);
    stamp = 0;
  }
  stamp++;
  const mask = size - 1;
  let w = 0;
  for (const part of parts) {
    for (const h of part) {
      let slot = h & mask;
      while (stamps[slot] === stamp && slots[slot] !== h) slot = (slot + 1) & mask;
      if (stamps[slot] === stamp) continue;
      stamps[slot] = stamp;
      slots[slot] = h;
      out[w++] = h;
    }
  }
  return out.subarray(0, w);
}
