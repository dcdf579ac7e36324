// npm run themes:eval — how well the classifier places passages: on the hand-labelled passages of the five shipped
// reports (tests/fixtures/themes/labels.json), and on the wider check set of items written for every year's template
// (tests/fixtures/themes/wider/), with the model the build makes from the shipped reports.
// Usage: node scripts/themes-eval.ts [--misses]   (reads content/sources/; --misses lists the wider set's misses too)
import { join } from "node:path";
import { readCorpus } from "./corpus/read-corpus.ts";
import { selfTrain } from "./corpus/self-train.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { listFiles, pairSidecars } from "./sources/list-sources.ts";
import { evaluate, type Evaluation } from "./themes/evaluate.ts";
import { evaluateWider, type WiderEvaluation, type WiderFigures } from "./themes/evaluate-wider.ts";
import { loadLabels } from "./themes/labels.ts";
import { loadThemes } from "./themes/load-themes.ts";
import { loadWider } from "./themes/wider.ts";
import { isTraditional, toSimplified } from "../src/text/script.ts";
import type { ThemeModel } from "../src/themes/model.ts";
import { classifyItem } from "../src/themes/sections.ts";
import { sectionLabels } from "../src/lib/labels.ts";
import { trainModel } from "../src/themes/train-model.ts";

const root = join(import.meta.dirname, "..");
const fixtures = join(root, "tests", "fixtures", "themes");

/** Builds the shipped corpus as the build does (parse, then self-training) and scores it against the labels. */
export async function evaluateThemes(labelsPath = join(fixtures, "labels.json")): Promise<Evaluation & { model: ThemeModel }> {
  // The labels are of the shipped reports, so CORPUS_SOURCES is deliberately not honoured here.
  const dir = join(root, "content", "sources");
  const [listing, glossary, lexicons, labels] = await Promise.all([
    listFiles(dir).then(pairSidecars),
    loadGlossary(join(root, "content", "glossary.yaml")),
    loadThemes(join(root, "content", "themes")),
    loadLabels(labelsPath),
  ]);
  const { entries } = await readCorpus(dir, listing, { glossary, model: trainModel(lexicons) });
  const model = selfTrain(entries, lexicons);
  const predicted = new Map(entries.flatMap((e) => e.report.passages.map((p) => [`${e.id}#${p.id}`, p.themes] as const)));
  return { ...evaluate(labels, predicted), model };
}

/** Classifies the wider set's items with a model, each read in simplified characters as the pipeline reads a report. */
export async function evaluateWiderSet(model: ThemeModel, dir = join(fixtures, "wider")): Promise<WiderEvaluation> {
  return evaluateWider(await loadWider(dir), (item) => {
    const simplified = toSimplified(item.text);
    return classifyItem(item.section, isTraditional(item.text, simplified) ? simplified : item.text, model).themes;
  });
}

if (import.meta.main) {
  const r = await evaluateThemes();
  const wider = await evaluateWiderSet(r.model);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const share = (a: number, b: number) => (b === 0 ? "—" : pct(a / b));
  console.log("== 五篇材料（labels.json）");
  for (const m of r.misses) console.log(`错  ${m.key}  ${m.headline}\n    标注 ${m.expected.join(", ") || "（不归类）"}\n    给出 ${m.got.join(", ") || "（不归类）"}`);
  console.log(`标注 ${r.labelled} 条，归类 ${r.placed} 条，首选正确 ${r.firstRight} 条`);
  console.log(`首选准确率（accuracy）  ${pct(r.accuracy)}  = ${r.firstRight}/${r.labelled}`);
  console.log(`首选精确率（precision） ${pct(r.precision)}  = 已归类中首选正确的比例`);
  console.log(`全部类型：精确率 ${pct(r.themePrecision)}，召回率 ${pct(r.themeRecall)}`);
  console.log("\n== 扩展检查集（wider/，按年度模板）");
  if (process.argv.includes("--misses")) {
    for (const m of wider.misses) console.log(`错  ${m.where}  ${m.text.slice(0, 40)}\n    可接受 ${m.expected.join(", ") || "（不归类）"}\n    给出 ${m.got.join(", ") || "（不归类）"}`);
  }
  const row = (label: string, f: WiderFigures) =>
    `${label.padEnd(6)} ${String(f.themed).padStart(4)} 条  首选可接受 ${share(f.acceptable, f.themed).padStart(6)}  未归类 ${share(f.unclassified, f.themed).padStart(6)}${f.themeless ? `  （另 ${f.themeless} 条应不归类，${f.themelessRight} 条未归类）` : ""}`;
  for (const { year, template, figures } of wider.byTemplate) console.log(`${row(year === null ? "各年" : String(year), figures)}  ${template}`);
  console.log(row("合计", wider.total));
  console.log("\n== 扩展检查集（按所在部分）");
  for (const { section, figures } of wider.bySection) console.log(row(sectionLabels[section], figures));
}
