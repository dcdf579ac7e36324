import { GramCounter, gramShares, type GramIds } from "./ngrams.ts";

/**
 * Each theme's character n-gram profile: [gram, weight] pairs, a unit vector, grams sorted so the JSON is byte-stable
 * (pairs rather than an object keyed by gram: objects with hundreds of such keys are slow to build and to read).
 * Learned at build time (see train-model.ts) and read by `classify`, in the build and in the browser alike.
 */
export type Profiles = Record<string, [gram: string, weight: number][]>;

/** A text that stands for a theme in training: a lexicon phrase, a written example, or a confidently placed passage. */
export interface TrainingText {
  theme: string;
  text: string;
  /** How much the text counts; each text's grams share this weight, so a long text does not count more than a short one. */
  weight: number;
}

/** How profiles are learned. */
export interface ProfileOptions {
  /** Grams kept per theme, the heaviest: bounds the model's size whatever the corpus. */
  gramsPerTheme: number;
}

export const defaultProfileOptions: ProfileOptions = { gramsPerTheme: 600 };

/** Rounds a weight so the model is short and its JSON the same on every machine. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * Learns the profiles: per theme, the weighted gram shares of its training texts, each gram weighted by how much more
 * often it stands for this theme than for the themes at large (positive pointwise mutual information), so that the
 * grams every theme uses (不够, 工作, 存在) weigh nothing. Sums run in a fixed order (themes as given, texts as given,
 * grams sorted), so the same texts give the same profile to the last bit. Grams are ids here (see `GramIds`), their
 * texts sorted once for all themes: strings and string-keyed maps per gram read were most of the self-training's time.
 */
export function trainProfiles(themes: string[], texts: TrainingText[], options: ProfileOptions = defaultProfileOptions): Profiles {
  const counter = new GramCounter();
  const masses = themeMasses(themes, texts, counter);
  const rank = textRanks(counter.ids);
  const gramTotal = new Float64Array(counter.ids.size);
  const themeTotal = new Map<string, number>();
  let total = 0;
  for (const t of themes) {
    const { grams, mass } = masses.get(t) as ThemeMass;
    let sum = 0;
    for (const i of byRank(grams, rank)) {
      gramTotal[grams[i] as number] = (gramTotal[grams[i] as number] as number) + (mass[i] as number);
      sum += mass[i] as number;
    }
    themeTotal.set(t, sum);
    total += sum;
  }
  const profiles: Profiles = {};
  for (const t of themes) {
    const { grams, mass } = masses.get(t) as ThemeMass;
    const tt = themeTotal.get(t) as number;
    const weighted = grams
      .map((g, i) => {
        const pmi = Math.log(((mass[i] as number) * total) / ((gramTotal[g] as number) * tt));
        return [g, pmi > 0 ? ((mass[i] as number) / tt) * pmi : 0] as const;
      })
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (rank[a[0]] as number) - (rank[b[0]] as number))
      .slice(0, options.gramsPerTheme);
    let norm = 0;
    for (const [, w] of weighted) norm += w * w;
    norm = Math.sqrt(norm);
    profiles[t] = weighted
      .sort((a, b) => (rank[a[0]] as number) - (rank[b[0]] as number))
      .map(([g, w]): [string, number] => [counter.ids.text(g), round(w / norm)]);
  }
  return profiles;
}

/** A theme's grams (ids, in first-seen order) and each one's mass: its shares in the theme's texts times their weights. */
interface ThemeMass {
  grams: number[];
  mass: number[];
}

/** Theme → its mass, each gram's summed in the order of the texts. */
function themeMasses(themes: string[], texts: TrainingText[], counter: GramCounter): Map<string, ThemeMass> {
  const own = new Map<string, TrainingText[]>(themes.map((t) => [t, []]));
  for (const text of texts) own.get(text.theme)?.push(text);
  /** Gram id → its place in the theme's lists; -1 where the theme has not had it. */
  let place = new Int32Array(0);
  return new Map(
    [...own].map(([theme, list]) => {
      const grams: number[] = [];
      const mass: number[] = [];
      for (const { text, weight } of list) {
        const read = counter.read(text);
        if (place.length < counter.ids.size) {
          const wider = new Int32Array(2 * counter.ids.size).fill(-1);
          wider.set(place);
          place = wider;
        }
        read.grams.forEach((g, k) => {
          let i = place[g] as number;
          if (i < 0) {
            i = place[g] = grams.length;
            grams.push(g);
            mass.push(0);
          }
          mass[i] = (mass[i] as number) + (read.shares[k] as number) * weight;
        });
      }
      for (const g of grams) place[g] = -1;
      return [theme, { grams, mass }];
    }),
  );
}

/** Gram id → its text's place among all the grams' texts in `<` order (the order of a string sort). */
function textRanks(ids: GramIds): Int32Array {
  const order = Int32Array.from({ length: ids.size }, (_, g) => g).sort((a, b) => (ids.text(a) < ids.text(b) ? -1 : 1));
  const rank = new Int32Array(ids.size);
  order.forEach((g, r) => (rank[g] = r));
  return rank;
}

/** The places of `grams` (ids) taken in the order of their texts. */
function byRank(grams: number[], rank: Int32Array): Int32Array {
  return Int32Array.from(grams.keys()).sort((i, j) => (rank[grams[i] as number] as number) - (rank[grams[j] as number] as number));
}

/**
 * Theme → cosine of a passage's gram shares (headline and body mixed, the headline's share as given) with the theme's
 * profile, for every theme with a profile; 0 where nothing is shared. Grams no profile knows still lengthen the passage's
 * vector, so a passage that is mostly about something else scores low.
 */
export function similarities(profiles: Profiles, headline: string, body: string, headlineShare: number): Map<string, number> {
  const head = gramShares(headline);
  const rest = gramShares(body);
  const alpha = head.size > 0 && rest.size > 0 ? headlineShare : head.size > 0 ? 1 : 0;
  const q = new Map<string, number>();
  for (const [g, s] of head) q.set(g, alpha * s);
  for (const [g, s] of rest) q.set(g, (q.get(g) ?? 0) + (1 - alpha) * s);
  const { themes, postings } = invert(profiles);
  const dots = new Float64Array(themes.length);
  let norm = 0;
  // One lookup per gram of the passage, in sorted order, so the sums run in the same order everywhere.
  for (const g of [...q.keys()].sort()) {
    const w = q.get(g) as number;
    norm += w * w;
    for (const [t, weight] of postings.get(g) ?? []) dots[t] = (dots[t] as number) + w * weight;
  }
  norm = Math.sqrt(norm);
  return new Map(themes.map((theme, t) => [theme, norm > 0 ? (dots[t] as number) / norm : 0]));
}

/** Per profiles object: gram → the themes whose profile has it, with its weight there; made once, read per passage. */
const inverted = new WeakMap<Profiles, { themes: string[]; postings: Map<string, [theme: number, weight: number][]> }>();

function invert(profiles: Profiles) {
  let index = inverted.get(profiles);
  if (!index) {
    const themes = Object.keys(profiles);
    const postings = new Map<string, [number, number][]>();
    themes.forEach((theme, t) => {
      for (const [g, w] of profiles[theme] ?? []) {
        const list = postings.get(g);
        if (list) list.push([t, w]);
        else postings.set(g, [[t, w]]);
      }
    });
    index = { themes, postings };
    inverted.set(profiles, index);
  }
  return index;
}
