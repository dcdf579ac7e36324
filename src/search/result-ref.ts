import { excerptRefSchema, type ExcerptRef } from "../schemas/collection.ts";
import { problemAspect } from "../lib/problem-aspect.ts";
import type { SearchPassage, SearchRecord } from "./report-record.ts";

/** What a search result's 摘录 button hands over, from its report's record (./report-record.ts); null when the record cannot say. */
export function resultRef(record: SearchRecord, passage: SearchPassage): ExcerptRef | null {
  const aspect = problemAspect(record.aspects, passage);
  const parsed = excerptRefSchema.safeParse({
    reportId: record.reportId,
    passageId: passage.id,
    url: `${record.url}#${passage.id}`,
    reportTitle: record.title,
    section: passage.section,
    aspectHeading: aspect?.heading ?? "",
    aspectTopic: aspect?.topic ?? "",
    headline: passage.headline,
    text: passage.text,
  });
  return parsed.success ? parsed.data : null;
}
