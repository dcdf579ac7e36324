import { evaluateThemes } from "./themes-eval.ts";
import { loadWider } from "./themes/wider.ts";
import { similarities } from "../src/themes/profiles.ts";
import { evidence } from "../src/themes/lexicon.ts";
import { headlineOf } from "../src/parse/structure/headline.ts";
import { isTraditional, toSimplified } from "../src/text/script.ts";
import { classify, defaultOptions } from "../src/themes/classify.ts";
const r = await evaluateThemes();
const files = await loadWider("tests/fixtures/themes/wider");
for (const f of files) for (const item of f.items) {
  const s = toSimplified(item.text); const t = isTraditional(item.text, s) ? s : item.text;
  const h = headlineOf(t);
  const c = classify(h, t, r.model);
  if (c.basis === "lexicon") continue;
  const sims = [...similarities(r.model.profiles, h, t.slice(h.length), 0.6)].sort((a, b) => b[1] - a[1]);
  const ok = item.best === null ? "NULL" : [item.best, ...item.also].includes(sims[0][0]) ? "ok" : "XX";
  console.log(ok, sims.slice(0, 3).map(([k, v]) => `${k}:${v.toFixed(3)}`).join(" "), c.themes.join(",") || "-", t.slice(0, 25));
}
