import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { buildFileSchema } from "./schemas/build-file.ts";
import { closestPairSchema } from "./schemas/closest-pair.ts";
import { themeFrontmatterSchema } from "./schemas/theme.ts";

// The reports are not a collection: their summaries are read from one file ingest writes (src/lib/report-summaries.ts).

/** The problem types, written by hand: name, summary, lexicon and description. */
const themes = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/themes" }),
  schema: themeFrontmatterSchema,
});

/** Every input file and what became of it, written by scripts/ingest.ts. */
const files = defineCollection({
  loader: file("./content/build/files.json"),
  schema: buildFileSchema,
});

/** The corpus's most similar pairs of passages, listed by scripts/ingest.ts. */
const closestPairs = defineCollection({
  loader: file("./content/build/closest-pairs.json"),
  schema: closestPairSchema,
});

export const collections = { themes, files, closestPairs };
