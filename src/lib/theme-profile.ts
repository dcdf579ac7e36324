/** How often a theme occurs in one report. */
export interface ThemeCount {
  id: string;
  /** Passages carrying the theme. */
  count: number;
  /** Passages carrying it as their first theme. */
  first: number;
}

/** A report's themes against the corpus: which it covers, and which most reports cover that it leaves out. */
export interface ThemeProfile {
  covered: ThemeCount[];
  /**
   * Themes found in at least half the reports of the corpus but in none of this report's passages, commonest first,
   * each with its share of the corpus's reports to the nearest ten per cent: a report's page shows no count that every
   * report added to the corpus would change (and render every page again).
   */
  missing: { id: string; percent: number }[];
}

/** How many reports of the corpus carry each theme, out of how many reports. */
export interface CorpusThemes {
  reportsWith: Map<string, number>;
  reports: number;
}

/** Counts, once for the whole corpus, the reports carrying each theme; `corpus` holds every report's passage themes. */
export function corpusThemes(corpus: string[][][]): CorpusThemes {
  const reportsWith = new Map<string, number>();
  for (const report of corpus) for (const id of new Set(report.flat())) reportsWith.set(id, (reportsWith.get(id) ?? 0) + 1);
  return { reportsWith, reports: corpus.length };
}

/** Counts a report's themes (most passages first) and the common ones of the corpus it lacks. */
export function themeProfile(passageThemes: string[][], corpus: CorpusThemes): ThemeProfile {
  const counts = new Map<string, ThemeCount>();
  for (const themes of passageThemes) {
    themes.forEach((id, i) => {
      const c = counts.get(id) ?? { id, count: 0, first: 0 };
      c.count++;
      if (i === 0) c.first++;
      counts.set(id, c);
    });
  }
  const missing = [...corpus.reportsWith]
    .filter(([id, n]) => n * 2 >= corpus.reports && !counts.has(id))
    .map(([id, n]) => ({ id, percent: Math.round((n / corpus.reports) * 10) * 10 }))
    .sort((a, b) => b.percent - a.percent || (a.id < b.id ? -1 : 1));
  const covered = [...counts.values()].sort((a, b) => b.count - a.count || b.first - a.first || (a.id < b.id ? -1 : 1));
  return { covered, missing };
}
