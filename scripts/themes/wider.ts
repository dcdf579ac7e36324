import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "astro/zod";
import { sectionKindSchema } from "../../src/schemas/report.ts";

/** One hand-written, hand-labelled item of the wider check set, shaped like an item of a real report. */
export const widerItemSchema = z.object({
  /** Whose report it reads as. */
  kind: z.enum(["personal", "team"]),
  /** The section it would stand in; only review/problem/cause/measure items are classified at all. */
  section: sectionKindSchema,
  /** The item as a report has it: headline (before the first 。) and body, without its 一是/1、 marker; may be in traditional characters. */
  text: z.string().min(1),
  /** The most fitting theme id, or null where no theme fits (the item should stay unclassified). */
  best: z.string().nullable(),
  /** Other themes a careful reader accepts as the first one. */
  also: z.array(z.string()),
});
export type WiderItem = z.infer<typeof widerItemSchema>;

/** One year's template: the items written the way that year's reports are. */
export const widerFileSchema = z.object({
  /** The meeting year the items are written for; null for items gathered across the years (other sections, kinds often misplaced). */
  year: z.number().int().nullable(),
  /** The year's prescribed frame (群众路线教育实践活动, 党纪学习教育…), shown in the figures. */
  template: z.string().min(1),
  items: z.array(widerItemSchema).min(1),
});
export type WiderFile = z.infer<typeof widerFileSchema>;

/** Reads every `<year>-<template>.json` of the folder, in file-name (year) order, then the files of no one year. */
export async function loadWider(dir: string): Promise<(WiderFile & { file: string })[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = widerFileSchema.safeParse(JSON.parse(await readFile(join(dir, file), "utf8")));
      if (!parsed.success) throw new Error(`${join(dir, file)}: ${parsed.error.message}`);
      return { file, ...parsed.data };
    }),
  );
}
