import { createHash } from "node:crypto";

/** A digest of JSON-like values (Maps as their entries): equal values, equal digests. */
export function digest(...values: unknown[]): string {
  const json = JSON.stringify(values, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  return createHash("sha256").update(json).digest("base64url");
}
