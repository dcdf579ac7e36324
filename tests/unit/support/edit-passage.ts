// Edits a copied passage the way a writer disguises one: synonyms swapped, clauses reordered, names replaced,
// up to a share of its characters, deterministically from a seed. replaceAndSwap is the held-out check's edit.
import { mulberry32 } from "../../../src/similarity/hash.ts";

/** Same-length swaps of the genre's words, both ways. */
const synonyms: [string, string][] = [
  ["不够", "不足"], ["深入", "深刻"], ["认真", "用心"], ["存在", "具有"], ["问题", "短板"], ["工作", "事务"],
  ["落实", "执行"], ["加强", "强化"], ["提高", "提升"], ["坚持", "始终"], ["全面", "系统"], ["学习", "研学"],
  ["思想", "观念"], ["群众", "百姓"], ["基层", "一线"], ["主动", "积极"], ["有时", "偶尔"], ["没有", "未能"],
  ["严格", "从严"], ["推进", "推动"], ["理论", "学理"], ["能力", "本领"], ["意识", "观念"], ["担当", "作为"],
  ["深化", "加深"], ["发展", "进步"], ["严肃", "郑重"], ["贯彻", "践行"], ["重视", "看重"], ["及时", "迅速"],
];

const nameChars = "甲乙丙丁戊己庚辛壬癸东南西北春夏秋冬";

/** How many characters differ, position by position, plus the length difference: a rough count of what was changed. */
export function changedChars(a: string, b: string): number {
  let d = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) d++;
  return d;
}

/** The passage with edits applied until about `share` of its characters are changed (never more). */
export function editPassage(text: string, share: number, seed: number): string {
  const rand = mulberry32(seed);
  const pick = (n: number) => (rand() >>> 0) % n;
  const budget = Math.floor(text.length * share);
  let out = text;
  let spent = 0;
  for (let attempt = 0; attempt < 60 && spent < budget; attempt++) {
    const op = pick(3);
    let next = out;
    let cost = 0;
    if (op === 0) {
      const found = synonyms.flatMap(([a, b]) => [a, b].flatMap((w, i) => (out.includes(w) ? [[w, i === 0 ? b : a] as const] : [])));
      if (found.length === 0) continue;
      const [from, to] = found[pick(found.length)] as readonly [string, string];
      const at = out.indexOf(from);
      next = out.slice(0, at) + to + out.slice(at + from.length);
      cost = from.length;
    } else if (op === 1) {
      // Two neighbouring clauses of a sentence change places: each character moved counts as changed.
      const clauses = out.split(/(?<=，)/u);
      if (clauses.length < 3) continue;
      const i = pick(clauses.length - 2);
      const [a, b] = [clauses[i] as string, clauses[i + 1] as string];
      cost = Math.min(a.length, b.length) * 2;
      clauses[i] = b;
      clauses[i + 1] = a;
      next = clauses.join("");
    } else {
      const at = pick(Math.max(1, out.length - 2));
      if (!/^\p{Script=Han}{2}$/u.test(out.slice(at, at + 2))) continue;
      next = out.slice(0, at) + nameChars[pick(nameChars.length)] + nameChars[pick(nameChars.length)] + out.slice(at + 2);
      cost = 2;
    }
    if (spent + cost > budget) continue;
    out = next;
    spent += cost;
  }
  return out;
}

/** Characters a replaced one becomes: everyday words' characters, so the edit reads as prose and is no rarer than the text. */
const everyday = "的是在了有和人这中大为上个我以要时来们到作地出就分对成会可主发年动同工也能下过说产面而方后多定行学法所得经进着等部度家力里如化高自理起现实加量都两体制机当使点从业本去把性好应开合还因由";

const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

/** Two neighbouring clauses change places, the punctuation between them staying put; a text of one clause is returned as it is. */
export function swapClauses(text: string, seed: number): string {
  const parts = text.split(/([，；。！？])/u);
  // Even parts are clauses, odd ones their punctuation; only clauses with wording count.
  const clauses = parts.flatMap((p, i) => (i % 2 === 0 && /\p{Script=Han}/u.test(p) ? [i] : []));
  if (clauses.length < 2) return text;
  const at = (mulberry32(seed)() >>> 0) % (clauses.length - 1);
  const [i, j] = [clauses[at] as number, clauses[at + 1] as number];
  [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
  return parts.join("");
}

/**
 * The held-out check's edit: two neighbouring clauses swapped, then `share` of the Han characters (rounded down)
 * replaced by other characters, one or two in a row, each at most once: a writer changing words here and there.
 */
export function replaceAndSwap(text: string, share: number, seed: number): string {
  const rand = mulberry32(seed + 1);
  const pick = (n: number) => (rand() >>> 0) % n;
  const out = [...swapClauses(text, seed)];
  const han = out.flatMap((c, i) => (isHan(c) ? [i] : []));
  const budget = Math.floor(han.length * share);
  const changed = new Set<number>();
  for (let attempt = 0; attempt < 1000 && changed.size < budget; attempt++) {
    const at = han[pick(han.length)] as number;
    const run = Math.min(1 + pick(2), budget - changed.size);
    if (!Array.from({ length: run }, (_, d) => at + d).every((i) => isHan(out[i]) && !changed.has(i))) continue;
    for (let i = at; i < at + run; i++) {
      const was = out[i] as string;
      while (out[i] === was) out[i] = everyday[pick(everyday.length)] as string;
      changed.add(i);
    }
  }
  return out.join("");
}
