/** How much two shingle sets share. */
export interface Overlap {
  /** |A ∩ B| / |A ∪ B|: how alike the two passages are as wholes. */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): how much of the shorter passage is found in the longer one. */
  containment: number;
}

/** Exact overlap of two sorted shingle sets, by one merge pass. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union ? common / union : 0, containment: smaller ? common / smaller : 0 };
}
