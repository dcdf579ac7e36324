// The collection as stored in localStorage: JSON checked against the schema, one key per site base.
import { collectionSchema, type Collection } from "../schemas/collection.ts";
import { emptyCollection } from "./model.ts";

/** The localStorage key: two copies of the site on one host (different bases) keep separate collections. */
export function storageKey(base: string): string {
  return `duizhao-collection:${base}`;
}

export function serializeCollection(c: Collection): string {
  return JSON.stringify(c);
}

/** What was read: the collection, and why a stored value could not be used (then the collection is empty). */
export interface ReadOutcome {
  collection: Collection;
  problem: "none" | "unreadable";
}

/** Reads a stored value: nothing stored is an empty collection; a value of another version or shape is reported, not guessed at. */
export function parseCollection(stored: string | null): ReadOutcome {
  if (stored === null) return { collection: emptyCollection(), problem: "none" };
  try {
    const parsed = collectionSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return { collection: parsed.data, problem: "none" };
  } catch {
    // Not JSON: reported below like any other unreadable value.
  }
  return { collection: emptyCollection(), problem: "unreadable" };
}
