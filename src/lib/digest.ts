import { createHash } from "node:crypto";

/** A digest of JSON-like values (Maps as their entries): equal values, equal digests. */
export function digest(...values: unknown[]): string {
  return jsonDigest(JSON.stringify(values, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
}

/**
 * The digest of values already in JSON: `jsonDigest(JSON.stringify([a, b]))` is `digest(a, b)` where a and b hold no
 * Map, without the replacer, which makes stringifying a whole report several times slower.
 */
export function jsonDigest(json: string): string {
  return createHash("sha256").update(json).digest("base64url");
}
