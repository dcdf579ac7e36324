import { comparable } from "../../src/similarity/shingles.ts";
import { evidence, type Phrasebook } from "../../src/themes/lexicon.ts";

/** An aspect to align: its report's position in the corpus, its heading, and the themes of its passages. */
export interface AspectInput {
  group: number;
  heading: string;
  passageThemes: string[][];
}

/** How aspects are aligned; the defaults are what the site is built with. */
export interface AlignOptions {
  /** An aspect joins a topic from this similarity (0..1, half wording of the heading, half themes) on. */
  minSimilarity: number;
}

export const defaultAlignOptions: AlignOptions = { minSimilarity: 0.3 };

/** Frame words every aspect heading has (`在带头……方面`): they say nothing about the topic. */
const frame = new Set(["方面", "带头", "对照", "深刻", "坚持", "在带"]);

type Vector = Map<string, number>;

/** The heading's character pairs, frame words left out. */
function wording(heading: string): Vector {
  const { chars } = comparable(heading);
  const v: Vector = new Map();
  for (let i = 0; i + 2 <= chars.length; i++) {
    const pair = chars.slice(i, i + 2);
    if (!frame.has(pair)) v.set(pair, (v.get(pair) ?? 0) + 1);
  }
  return v;
}

/** What the aspect is about: half the heading's lexicon evidence, half its passages' themes (first themes count most). */
function aboutness(a: AspectInput, book: Phrasebook): Vector {
  const v: Vector = new Map();
  const addShares = (scores: Vector, weight: number) => {
    const total = [...scores.values()].reduce((x, y) => x + y, 0);
    for (const [k, s] of scores) if (total > 0) v.set(k, (v.get(k) ?? 0) + (weight * s) / total);
  };
  addShares(evidence(a.heading, book), 0.5);
  const ranks: Vector = new Map();
  for (const themes of a.passageThemes) themes.forEach((t, i) => ranks.set(t, (ranks.get(t) ?? 0) + 1 / (1 + i)));
  addShares(ranks, 0.5);
  return v;
}

/** Cosine of two sparse vectors. */
function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [k, x] of a) dot += x * (b.get(k) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

/** Adds b into a. */
function accumulate(a: Vector, b: Vector): void {
  for (const [k, x] of b) a.set(k, (a.get(k) ?? 0) + x);
}

/**
 * A topic id per aspect: aspects of different reports about the same thing share one. Reports are
 * taken in corpus order; each aspect joins the most similar topic its report has not used yet (best
 * pairs first), or opens a new one. Work is O(aspects × topics). A topic is named after its main
 * theme (`people-centered`, then `people-centered-2`…), or `topic-N` when no theme says what it is.
 */
export function alignAspects(aspects: AspectInput[], book: Phrasebook, options: AlignOptions = defaultAlignOptions): string[] {
  const features = aspects.map((a) => ({ words: wording(a.heading), about: aboutness(a, book) }));
  const topics: { words: Vector; about: Vector; members: number[] }[] = [];
  const topicOf = new Array<number>(aspects.length).fill(-1);
  // Each report's aspects, gathered in one pass: searching the whole list per report was quadratic (20,000 reports: 1.8 billion steps).
  const byGroup = new Map<number, number[]>();
  aspects.forEach((a, i) => {
    const list = byGroup.get(a.group);
    if (list) list.push(i);
    else byGroup.set(a.group, [i]);
  });
  const groups = [...byGroup.keys()].sort((x, y) => x - y);
  for (const g of groups) {
    const mine = byGroup.get(g) as number[];
    const pairs = mine.flatMap((i) =>
      topics.map((t, ti) => {
        const f = features[i] as (typeof features)[number];
        return { i, ti, s: 0.5 * cosine(f.words, t.words) + 0.5 * cosine(f.about, t.about) };
      }),
    );
    pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.ti - y.ti);
    const usedTopics = new Set<number>();
    for (const { i, ti, s } of pairs) {
      if (s < options.minSimilarity || topicOf[i] !== -1 || usedTopics.has(ti)) continue;
      topicOf[i] = ti;
      usedTopics.add(ti);
    }
    for (const i of mine) {
      if (topicOf[i] === -1) {
        topicOf[i] = topics.length;
        topics.push({ words: new Map(), about: new Map(), members: [] });
      }
      const t = topics[topicOf[i] as number] as (typeof topics)[number];
      const f = features[i] as (typeof features)[number];
      accumulate(t.words, f.words);
      accumulate(t.about, f.about);
      t.members.push(i);
    }
  }
  // Bigger topics claim the plain theme id first, so ids stay meaningful as the corpus grows.
  const names = new Array<string>(topics.length);
  const taken = new Map<string, number>();
  const bySize = topics.map((t, ti) => ti).sort((x, y) => (topics[y]?.members.length ?? 0) - (topics[x]?.members.length ?? 0) || x - y);
  for (const ti of bySize) {
    const about = [...(topics[ti]?.about ?? new Map<string, number>())].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const base = about[0]?.[0] ?? "topic";
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    names[ti] = n === 1 ? base : `${base}-${n}`;
  }
  return topicOf.map((ti) => names[ti] as string);
}
