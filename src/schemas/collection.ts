// Zod's mini build: these schemas run on every page (the 摘录 buttons, the header's count), where the full build would triple the script.
import * as z from "zod/mini";
import { sectionKinds } from "./section-kinds.ts";

/** The current shape of the stored collection; a stored one of another version is not read as this one. */
export const collectionVersion = 1;

/**
 * A passage as a 摘录 button hands it over: enough to show, group and cite it without the corpus.
 * Every page that lists passages (report, theme, search, look-alike and check pages) builds one.
 */
export const excerptRefSchema = z.object({
  /** Id of the report the passage belongs to. */
  reportId: z.string().check(z.minLength(1)),
  /** Id of the passage inside its report (its anchor on the report page). */
  passageId: z.string().check(z.minLength(1)),
  /** The passage's address relative to the site root: `reports/<id>/#<passage id>`. */
  url: z.string(),
  /** The report's title as the site shows it. */
  reportTitle: z.string(),
  /** The section the passage belongs to in its report. */
  section: z.enum(sectionKinds),
  /** The heading of its aspect (`在带头……方面`) for a problem passage; "" elsewhere or where unknown. */
  aspectHeading: z.string(),
  /** The aligned topic of its aspect (scripts/aspects/), so that it joins a template's heading; "" where none. */
  aspectTopic: z.string(),
  /** The passage's headline, or "". */
  headline: z.string(),
  /** The passage's text as written, paragraphs separated by `\n`. */
  text: z.string(),
});
export type ExcerptRef = z.infer<typeof excerptRefSchema>;

/** The parts of an outline, in the genre's order: problems by aspect, causes, measures, the review of last year's, anything else. */
export const collectionParts = ["problem", "cause", "measure", "review", "other"] as const;
export const collectionPartSchema = z.enum(collectionParts);
export type CollectionPart = z.infer<typeof collectionPartSchema>;

/** One paragraph of the outline: a collected passage, or the writer's own note. */
export const entrySchema = z.object({
  /** Unique in the collection: `<report id>#<passage id>` for a passage, `note-<n>` for a note. */
  id: z.string().check(z.minLength(1)),
  /** The text as the writer has it now (a passage's text, perhaps edited). */
  text: z.string(),
  /** Where the passage comes from; null for the writer's own note. */
  ref: z.nullable(excerptRefSchema),
});
export type Entry = z.infer<typeof entrySchema>;

/** A group of paragraphs under one heading: an aspect of the problems, or a whole part such as 原因. */
export const groupSchema = z.object({
  /** Unique in the collection: `g<n>`. */
  id: z.string().check(z.minLength(1)),
  /** The part the group belongs to. */
  part: collectionPartSchema,
  /** The group's own heading (an aspect's `在……方面`), without its `（一）`; "" for a part's paragraphs under no subheading. */
  heading: z.string(),
  /** The aligned topic the group stands for (from a template or its first passage), "" where none. */
  topic: z.string(),
  /** The paragraphs, in the writer's order. */
  entries: z.array(entrySchema),
});
export type Group = z.infer<typeof groupSchema>;

/** The writer's collection, as kept in localStorage. */
export const collectionSchema = z.object({
  /** Always `collectionVersion`. */
  version: z.literal(collectionVersion),
  /** The title of the document to export. */
  title: z.string(),
  /** Groups, ordered by part (collectionParts), then in the writer's order. */
  groups: z.array(groupSchema),
});
export type Collection = z.infer<typeof collectionSchema>;

/** One aspect of a template: an aligned topic and the heading most reports of the year give it. */
export const templateAspectSchema = z.object({
  /** The aligned topic (scripts/aspects/): passages of that topic join this heading. */
  topic: z.string(),
  /** The heading most often written for it that year, without its `（一）`. */
  heading: z.string(),
});

/** The aspects a year's meeting prescribed, as the corpus's reports of that year, meeting and kind wrote them: /data/templates.json. */
export const templateSchema = z.object({
  /** The year the meeting reviews. */
  year: z.int(),
  /** 民主生活会, 组织生活会… */
  meeting: z.string(),
  /** Team or personal reports. */
  kind: z.enum(["personal", "team"]),
  /** How many reports the template is drawn from. */
  reports: z.int().check(z.minimum(1)),
  /** The aspects in their usual order. */
  aspects: z.array(templateAspectSchema),
});
export type Template = z.infer<typeof templateSchema>;
