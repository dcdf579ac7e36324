/** One fingerprint of the 查重 index: how many reports have it and which passages (global numbers, corpus order). */
export interface Posting {
  key: number;
  /** Reports the fingerprint is in, counted even where `passages` stops at the cap. */
  reports: number;
  passages: number[];
}

/** The shard a fingerprint's posting lives in: its top bits, which sampling (on the low bits) leaves evenly spread. */
export function shardOf(key: number, bits: number): number {
  return bits === 0 ? 0 : key >>> (32 - bits);
}

function writeVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Postings sorted by key as bytes: counts and differences as LEB128 varints, a few bytes per passage. */
export function encodeShard(postings: Posting[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, postings.length);
  let key = 0;
  for (const p of postings) {
    writeVarint(out, p.key - key);
    key = p.key;
    writeVarint(out, p.reports);
    writeVarint(out, p.passages.length);
    let prev = 0;
    for (const n of p.passages) {
      writeVarint(out, n - prev);
      prev = n;
    }
  }
  return Uint8Array.from(out);
}

/** A shard read back: fingerprint → posting. Throws on bytes that are not a shard (a truncated download). */
export function decodeShard(bytes: Uint8Array): Map<number, Posting> {
  let at = 0;
  const read = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new RangeError("查重索引分片不完整");
      const b = bytes[at++] as number;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  };
  const map = new Map<number, Posting>();
  const count = read();
  let key = 0;
  for (let i = 0; i < count; i++) {
    key += read();
    const reports = read();
    const passages = new Array<number>(read());
    let prev = 0;
    for (let j = 0; j < passages.length; j++) passages[j] = prev += read();
    map.set(key, { key, reports, passages });
  }
  return map;
}
