import { excerptRefSchema, type ExcerptRef } from "../schemas/collection.ts";

/** What a search result's 摘录 button hands over, from the record's meta (scripts/search/build-index.ts); null when the index predates it. */
export function resultRef(meta: Record<string, string | undefined>): ExcerptRef | null {
  const parsed = excerptRefSchema.safeParse({
    reportId: meta.report_id,
    passageId: meta.passage_id,
    url: meta.path,
    reportTitle: meta.report_title,
    section: meta.section,
    aspectHeading: meta.aspect_heading ?? "",
    aspectTopic: meta.aspect_topic ?? "",
    headline: meta.headline ?? "",
    text: meta.text,
  });
  return parsed.success ? parsed.data : null;
}
