import { z } from "astro/zod";
import { kindSchema, sectionKindSchema } from "./report.ts";

/** How the corpus was fingerprinted: a draft must be fingerprinted the same way to meet it. */
const fingerprintSchema = z.object({
  /** Length of the hashed character runs. */
  k: z.number().int().min(1),
  /** Runs whose hash is divisible by this are kept. */
  sample: z.number().int().min(1),
  /** Each passage keeps at least this many fingerprints. */
  atLeast: z.number().int().min(0),
});

/** `data/check/manifest.json`: what the 查重 page and `npm run check` read first. */
export const checkManifestSchema = z.object({
  /** Format version; a page built with another reads nothing else. */
  version: z.literal(2),
  fingerprints: fingerprintSchema,
  /** Postings are in 2^shardBits files `data/check/shards/<n>.bin`, by the top bits of the fingerprint. */
  shardBits: z.number().int().min(0).max(16),
  /** A fingerprint lists at most this many passages; beyond, it is too common to point anywhere. */
  postingCap: z.number().int().min(1),
  /** Passages per file `data/check/passages/<n>.json`, in corpus order (their text is in `data/reports/<id>.json`). */
  chunkSize: z.number().int().min(1),
  /** Reports and passages in the corpus. */
  reports: z.number().int().min(0),
  passages: z.number().int().min(0),
  /** Wording counts as shared from this many characters in a row (punctuation not counted). */
  minRun: z.number().int().min(1),
  /** A passage is shown as a source from this similarity up. */
  threshold: z.number().min(0).max(1),
  /** The genre's stock runs (k characters each), most widespread first: wording made of them is not copying. */
  stock: z.object({ k: z.number().int().min(1), maxLength: z.number().int().min(1), runs: z.array(z.string()) }),
  /** Per year: how many reports, and how many of them cover each theme. */
  years: z.array(z.object({ year: z.number().int(), reports: z.number().int(), themes: z.record(z.string(), z.number().int()) })),
});
export type CheckManifest = z.infer<typeof checkManifestSchema>;

/** A report as a 查重 result names it. */
export const checkReportSchema = z.object({
  /** The report's id (as in corpus.json). */
  id: z.string(),
  /** Page of the report, relative to the site root (as in corpus.json). */
  url: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  kind: kindSchema,
  unit: z.string().nullable(),
  role: z.string().nullable(),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

/** A passage as the index lists it: where it is, without its text (read from its report's data file). */
export const checkPassageSchema = z.object({
  /** Index of its report in the chunk's `reports`. */
  report: z.number().int().min(0),
  /** Anchor on the report page. */
  id: z.string(),
  section: sectionKindSchema,
  /** The heading of its section, as written. */
  heading: z.string(),
  /** For a problem, its aspect's heading as written and the aspect's aligned topic; "" elsewhere. */
  aspectHeading: z.string(),
  aspectTopic: z.string(),
  headline: z.string(),
  themes: z.array(z.string()),
});

/** A report's data file `data/reports/<id>.json` (src/lib/page-report.ts), as far as the check reads it: the passages' text. */
export const checkReportTextSchema = z.object({
  passages: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      /** The text in simplified characters, where the report is written in traditional ones. */
      simplified: z.string().optional(),
    }),
  ),
});
export type CheckReportText = z.infer<typeof checkReportTextSchema>;

/** A passage as it is compared with a draft's item: the index's entry with the text from its report's data file. */
export type CheckPassage = z.infer<typeof checkPassageSchema> & CheckReportText["passages"][number];

/** `data/check/passages/<n>.json`: passages n·chunkSize … in corpus order, with the reports they are from. */
export const checkChunkSchema = z.object({
  reports: z.array(checkReportSchema),
  passages: z.array(checkPassageSchema),
});
export type CheckChunk = z.infer<typeof checkChunkSchema>;

/** `data/check/parse.json`: the glossary a draft is parsed with, as the build read it (content/glossary.yaml). */
export const checkParseOptionsSchema = z.object({
  /** Stand-in → word pairs. */
  glossary: z.array(z.tuple([z.string(), z.string()])),
});
export type CheckParseOptions = z.infer<typeof checkParseOptionsSchema>;

const weighted = z.array(z.tuple([z.string(), z.number()]));

/** `data/themes-model.json` as the check reads it: the classifier's model (src/themes/model.ts), so a draft is placed as the corpus was. */
export const themeModelSchema = z.object({
  /** Lexicon phrase → the themes it counts for, with weights. */
  phrasebook: z.array(z.tuple([z.string(), weighted])),
  /** Theme → its n-gram profile. */
  profiles: z.record(z.string(), weighted),
});
