// npm run themes:eval — first-theme accuracy and precision of the classifier on the hand-labelled check set.
// Usage: node scripts/themes-eval.ts [labels.json]   (default tests/fixtures/themes/labels.json; reads content/sources/)
import { join } from "node:path";
import { readCorpus } from "./corpus/read-corpus.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { listFiles, pairSidecars } from "./sources/list-sources.ts";
import { evaluate, type Evaluation } from "./themes/evaluate.ts";
import { loadLabels } from "./themes/labels.ts";
import { loadThemes } from "./themes/load-themes.ts";

const root = join(import.meta.dirname, "..");

/** Classifies the shipped sources with the current lexicons and scores them against the labels. */
export async function evaluateThemes(labelsPath = join(root, "tests", "fixtures", "themes", "labels.json")): Promise<Evaluation> {
  // The labels are of the shipped reports, so CORPUS_SOURCES is deliberately not honoured here.
  const dir = join(root, "content", "sources");
  const [listing, glossary, lexicons, labels] = await Promise.all([
    listFiles(dir).then(pairSidecars),
    loadGlossary(join(root, "content", "glossary.yaml")),
    loadThemes(join(root, "content", "themes")),
    loadLabels(labelsPath),
  ]);
  const { entries } = await readCorpus(dir, listing, { glossary, lexicons });
  const predicted = new Map(entries.flatMap((e) => e.report.passages.map((p) => [`${e.id}#${p.id}`, p.themes] as const)));
  return evaluate(labels, predicted);
}

if (import.meta.main) {
  const r = await evaluateThemes(process.argv[2]);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const m of r.misses) console.log(`错  ${m.key}  ${m.headline}\n    标注 ${m.expected.join(", ") || "（不归类）"}\n    给出 ${m.got.join(", ") || "（不归类）"}`);
  console.log(`标注 ${r.labelled} 条，归类 ${r.placed} 条，首选正确 ${r.firstRight} 条`);
  console.log(`首选准确率（accuracy）  ${pct(r.accuracy)}  = ${r.firstRight}/${r.labelled}`);
  console.log(`首选精确率（precision） ${pct(r.precision)}  = 已归类中首选正确的比例`);
  console.log(`全部类型：精确率 ${pct(r.themePrecision)}，召回率 ${pct(r.themeRecall)}`);
}
