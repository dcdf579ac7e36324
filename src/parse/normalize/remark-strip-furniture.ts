import type { Paragraph, Root } from "mdast";
import type { VFile } from "vfile";
import { toSimplified } from "../../text/script.ts";
import { readLabel, reportLabel } from "../split-reports.ts";
import { bracketCn, itemMarker, sectionHeading } from "../structure/enumerators.ts";
import { titleWords } from "../structure/title.ts";
import { normalizeLine } from "./normalize-text.ts";
import { plain } from "./remark-normalize.ts";

// Text copied off a sample-essay page brings the page with it: breadcrumbs, date/author/view-count lines, a
// table of contents, the site's blurbs and recommendations, and the site's name dropped into sentences.
// Lines are tested in simplified characters (mirror sites are traditional) on a copy; the text stays as written.

/** Longest line that can be furniture as a whole: meta lines and breadcrumbs are short. */
const maxLine = 100;
/** What may stand between the fields of a meta line. */
const gap = String.raw`[\s|｜丨/·•,，、;；\[\]【】()（）]`;
const start = `(?<=^|${gap})`;
const end = `(?=$|${gap})`;

/** A field of a meta line, and the name it is listed under in the build report (the label as written, if not given). */
interface Field {
  re: RegExp;
  sort?: string;
  /** A field that makes no meta line on its own (a user name, a bare date). */
  weak?: true;
}

const field = (source: string, sort?: string, weak?: true): Field => ({ re: new RegExp(`${start}(?:${source})${end}`, "gu"), sort, weak });
const fields: Field[] = [
  field(String.raw`(?:更新|发布|发表|上传|录入|添加|编辑|创建)?(?:时间|日期)[：:]\s*\d{2,4}[\d\s\-/.:年月日时分秒]*`),
  field(String.raw`(?:责任编辑|责编|编辑|作者|来源|出处|投稿人|投稿|上传者|上传人|发布人|发布者|供稿|所属栏目|栏目|所属分类|分类|文档编号|文档格式|格式|页数|文件大小|大小)[：:]\s*[^\s|｜丨：:。，；！？]{0,24}`),
  field(String.raw`(?:标签|关键词|关键字)[：:][^。，；！？|｜]{0,40}`),
  field(String.raw`(?:浏览次数|浏览量|浏览|阅读次数|阅读量|阅读|点击次数|点击量|点击|人气|热度|访问量|下载次数|评论数|评论)(?:[：:]\s*(?:\d+\s*次?)?|\s*\d+\s*次?)`),
  field(String.raw`(?:字号|字体)[：:]?\s*(?:[大中小]\s*){1,3}`, "字号"),
  field(String.raw`(?:本文|全文)?(?:共计|共有|合计|共)\s*\d+\s*个?字|字数[：:]?\s*\d+|(?:预计)?阅读(?:时长|时间|约需|需要)?[：:]?\s*约?\s*\d+\s*分钟`, "字数"),
  field(String.raw`(?:点击)?查看更多(?:>>|»|>)?|加入收藏|收藏本页|收藏|分享到|分享|打印本页|打印|举报|纠错|返回列表|返回顶部|返回首页|返回|关闭窗口|关闭|下载本文|下载文档|下载全文|免费下载|点击下载|立即下载|下载|复制链接|点赞|我要投稿|在线阅读`),
  field(String.raw`登录|注册|会员中心|个人中心|退出`),
  field(String.raw`\S{0,15}?[，,]?\s*欢迎(?:您|你|光临|访问)\S{0,12}?[！!]?`, "欢迎语"),
  field(String.raw`[A-Za-z][\w.-]{1,19}`, undefined, true),
  field(String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`, undefined, true),
];

// A site menu (`首页 | 范文大全 | 心得体会`) opens the same way as a breadcrumb.
const breadcrumb = /^(?:(?:您|你)?(?:现在|当前)?(?:的|所在)?位置[：:]|(?:网站)?首页\s*(?:>|＞|»|›|→|\/|\||｜|丨))/u;
/** Whole lines by how they open: the site's blurbs, its prompts and its links to other pages. */
const lineKinds: [RegExp, string][] = [
  [/^[【[〖]\s*(?:写作参考|写作指导|写作提示|写作思路|导读|导语|温馨提示|使用说明|范文参考|编者按|内容简介)\s*[】\]〗]/u, "写作参考"],
  [/小编|^(?:以下|下面)(?:是|为)(?:本站|我们)?(?:为大家|为您|给大家)(?:整理|收集|精选|带来|分享|推荐)/u, "编辑导语"],
  [/^[（(【[]?\s*(?:(?:以下|下面)(?:为|是)?)?\s*正文(?:开始|内容)?\s*[】\]）)：:]?$/u, "正文提示"],
  [/^(?:上一篇|下一篇|上一页|下一页|上篇|下篇)\s*[：:]/u, "上一篇、下一篇"],
  // A page that shows only the start of a text says so: the text here is an excerpt.
  [/^[（(]\s*未完[，,]?\s*(?:全文共\s*\d+\s*字)?[^）)]{0,20}[）)]$|^[（(]\s*请认真阅读下面的提示信息\s*[）)]$/u, "截断提示（原文不全）"],
];
/** Copyright notices: a whole line only, and a short one. */
const copyright = /侵权.{0,10}(?:联系|删除)|版权(?:归|所有|声明)|转载(?:请|须)注明|本文由(?:用户|网友|会员|作者)?(?:上传|投稿|发布)|^(?:本文|本站|以上)(?:内容|资料)?仅供(?:参考|学习|借鉴)|免责声明/u;
/** The heading of the site's list of other pages, after the report. */
const recommendations = /^(?:更多)?(?:相关推荐|相关阅读|相关文章|相关范文|推荐阅读|延伸阅读|热门推荐|热门文章|热门范文|精彩推荐|猜你喜欢|最新文章|推荐范文|相关专题)\s*[：:]?/u;

/** Most kinds of furniture named in the build report's note; more are summed up as 等. */
const maxSorts = 8;
/** A line that reads as a sentence, not as a heading, title or link. */
const sentence = /[。！？!?；]/u;
const tocHeading = /^[【[]?(?:本文|文章)?目录[】\]]?[：:]?$/u;
/** A table-of-contents entry's page number, after dot leaders (`……3`, `....3`) or spaces. */
const pageRef = /(?:\s*(?:[.…·．_—-]{2,}|…)\s*|\s+)\d{1,3}\s*$/u;
/** Fewest entries of a table of contents that has no 目录 heading. */
const minEntries = 3;
/** Shortest entry looked for in the text (shorter ones, `一、`, would be found anywhere). */
const minEntryLength = 4;

const site = String.raw`[^（）()【】[\]\s。，；！？]`;
// An address a site stamps on copied text: a web domain (.com, .cn …); a link to anything else is the author's.
const url = String.raw`(?:https?:\/\/(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|top)(?:\/[^\s（）()【】[\]，。；！？]*)?|(?:www|m|wap|3g)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w\-./?%&=#]*)?|[a-z0-9-]{2,30}\.(?:com|cn|net|org|cc|top)(?:\.cn)?(?![a-z0-9]))`;
const source = "(?:来源|来自|转自|摘自|选自|出自|源自|转载(?:自|于)?)";
const open = "[（(【[]";
const close = "[）)】\\]]";
/**
 * A site's name or address inside the text: `（本文来源：某某范文网）`, `(中华励志网)`, `(xx文库)`, `www.xxxx.com`,
 * `更多精彩内容请访问……`, and a page marker `（第1/3页）` after a title. A bracket needs 本文/来源 before a name, or
 * a name a sample-essay site goes by, so `（国网）` or `（来源：统计年鉴）` stay.
 */
const inlineAds = [
  `${open}\\s*(?:本文|文章|此文)${source}\\s*[：:]?[^（）()【】[\\]\\n]{1,30}?${close}`,
  `${open}\\s*${source}\\s*[：:]?\\s*(?:${site}{0,12}?(?:网站|网|文库|公众号)|${url})\\s*${close}`,
  `${open}\\s*${site}{0,10}?(?:范文|励志|作文|文章|公文|文秘|资料|美文|文摘|写作|文档|秘书|应用文|文书|学习啦)${site}{0,4}?(?:网|站)\\s*${close}`,
  `${open}\\s*${site}{1,10}?文库\\s*${close}`,
  `${open}\\s*${url}\\s*${close}`,
  `更多(?:精彩|相关|优秀|最新)?(?:内容|范文|文章|资料|信息|资讯|文档)?[，,]?\\s*(?:请|欢迎)(?:您|大家)?(?:访问|关注|登录|点击|搜索|进入|查看|浏览|下载)(?:${url}|[^。！!\\n]{0,20}?(?:网站|网|文库)|[^。！!\\n]{0,30}(?=[。！!]|$))`,
  `[（(]\\s*第\\s*\\d+\\s*(?:[/／]\\s*\\d+\\s*页|页(?:\\s*[/／,，]?\\s*共\\s*\\d+\\s*页)?)\\s*[）)]$`,
  url,
].map((s) => new RegExp(s, "giu"));
/** Cheap test on the text as written for anything an inline ad needs, before converting the text. */
const inlineHint = /[网網库庫站页頁][）)】\]]|www\.|https?:|\.(?:com|cn|net|org|cc|top)|更多/iu;

const noGlossary = new Map<string, string>();

interface Line {
  /** Index in the tree's children. */
  at: number;
  node: Paragraph;
  raw: string;
  /** The line in simplified characters with its spaces made plain, for lines short enough to be furniture. */
  view: string;
}

/**
 * Removes a web page's furniture from a pasted report: breadcrumb, meta lines (更新时间, 作者, 来源, 浏览量,
 * 字号…), the site's blurbs (【写作参考】, 小编…, （以下为正文）, 下载本文), copyright lines, a page title repeated
 * above the report's title, a leading table of contents, the recommendations after the report, a lone 篇一
 * label, and site names and addresses inside sentences. Each kind is noted once for the build report.
 * A report's own headings, its sentences that mention 作者 or 来源, and labels separating several reports stay.
 */
export function remarkStripFurniture() {
  return (tree: Root, file: VFile) => {
    const paragraphs = tree.children.flatMap((node, at) => (node.type === "paragraph" ? [{ at, node, raw: plain(node) }] : []));
    // Converted in one go (the conversion keeps lengths, so each line is cut back out at its offset).
    const heads = paragraphs.map(({ raw }) => (raw.length <= maxLine ? raw : raw.slice(0, 40)));
    const simplified = toSimplified(heads.join("\n"));
    let offset = 0;
    const lines: Line[] = paragraphs.map((p, k) => {
      const head = simplified.slice(offset, offset + (heads[k]?.length ?? 0));
      offset += head.length + 1;
      return { ...p, view: head.replace(/[\u3000\u00a0\t]/gu, " ").trim() };
    });
    // Each furniture line and what it is; the table of contents and page titles are read among the lines left.
    const furniture = new Map<number, string[]>();
    const gone = new Set<number>();
    const strip = (at: number, sorts: string[]) => {
      furniture.set(at, sorts);
      gone.add(at);
    };
    const left = () => lines.filter((l) => !gone.has(l.at));
    for (const line of lines) {
      const found = lineFurniture(line);
      if (found.length > 0) strip(line.at, found);
    }
    for (const at of recommendationTail(left())) strip(at, ["相关推荐"]);
    const toc = tableOfContents(left());
    for (const at of toc) gone.add(at);
    for (const at of pageTitles(left(), gone)) strip(at, ["网页标题"]);
    const label = loneLabel(left());
    if (label) label.line.node.children = label.title ? [{ type: "text", value: label.title }] : [];

    const ads: string[] = [];
    for (const line of left()) {
      for (const child of line.node.children) {
        if (child.type !== "text" || !inlineHint.test(child.value)) continue;
        const cut = stripInlineAds(child.value);
        child.value = cut.text;
        ads.push(...cut.removed);
      }
    }
    tree.children = tree.children.filter((node, at) => !gone.has(at) && !(node.type === "paragraph" && plain(node).trim() === ""));

    const sorts = [...new Set(lines.flatMap((l) => furniture.get(l.at) ?? []))];
    const listed = sorts.length > maxSorts ? `${sorts.slice(0, maxSorts).join("、")}等` : sorts.join("、");
    if (furniture.size > 0) file.info(`删去了网页附带的内容 ${furniture.size} 行（${listed}）。`);
    if (toc.length > 0) file.info(`删去了开头的目录（${toc.length} 行）。`);
    if (ads.length > 0) file.info(`删去了文中夹带的网站名、网址 ${ads.length} 处（如“${ads[0]}”）。`);
    if (label) file.info(`删去了“${label.label}”标签：文件中只有这一篇材料。`);
  };
}

/** What furniture a whole line is (the names it is listed under), or [] when it is text. */
function lineFurniture({ raw, view }: Line): string[] {
  for (const [re, sort] of lineKinds) if (re.test(view)) return [sort];
  if (raw.length > maxLine) return [];
  if (breadcrumb.test(view) && !sentence.test(view)) return ["导航"];
  if (copyright.test(view)) return ["版权声明"];
  return metaLine(view);
}

/** The fields of a line made of nothing but meta fields (`更新时间：… 作者：… 浏览量：…`); [] when anything else is on it. */
function metaLine(view: string): string[] {
  const found: string[] = [];
  let strong = false;
  let rest = view;
  for (const f of fields) {
    rest = rest.replace(f.re, (m) => {
      if (!f.weak) {
        strong = true;
        found.push(f.sort ?? /^[^\s：:\d]+/u.exec(m)?.[0] ?? m);
      }
      return " ";
    });
  }
  return strong && new RegExp(`^${gap}*$`, "u").test(rest) ? [...new Set(found)] : [];
}

/** The recommendations heading (`相关推荐：`) and, when nothing but titles and links follow it to the end, those lines too. */
function recommendationTail(lines: Line[]): number[] {
  const from = lines.findIndex((l) => l.raw.length <= maxLine && recommendations.test(l.view));
  if (from < 0) return [];
  const tail = lines.slice(from);
  if (tail.slice(1).every((l) => l.raw.length <= 60 && !sentence.test(l.view))) return tail.map((l) => l.at);
  // Something else follows: only a bare heading goes.
  return recommendations.exec(lines[from]?.view ?? "")?.[0] === lines[from]?.view ? [lines[from]?.at ?? -1] : [];
}

/**
 * A table of contents before the text: a `目录` line and the entries under it, or, without that heading, a run
 * of at least three heading-like lines. Entries are the lines that are found again, in order, in the text that
 * follows them (the headings they list), or that end in a page number (`……3`). Only lines before the first
 * sentence are looked at, and a title line ends a run without a heading: the report's own title and headings stay.
 */
function tableOfContents(lines: Line[]): number[] {
  const prose = lines.findIndex((l) => sentence.test(l.raw) || l.raw.length > 80);
  const top = prose < 0 ? lines : lines.slice(0, prose);
  const heading = top.findIndex((l) => tocHeading.test(l.view.replace(/\s/gu, "")));
  // Without a heading, a table of contents needs a run of lines other than titles: most reports have none.
  if (heading < 0 && !top.some((_, k) => k + minEntries <= top.length && top.slice(k, k + minEntries).every((l) => !isTitle(l.view)))) return [];
  const keys = lines.map((l) => tocKey(l.raw));
  const runEnd = (from: number, stopAtTitle: boolean) => {
    let k = from;
    while (k < top.length && keys[k]?.key.length && !(stopAtTitle && isTitle(top[k]?.view ?? ""))) k++;
    return k;
  };
  // The longest run [from, to) whose entries are listed again after it.
  const entries = (from: number, to: number, least: number): number => {
    for (let s = to; s >= from + least; s--) {
      const after = keys.slice(s).map((k) => k.text).join("\n");
      let at = 0;
      const listed = keys.slice(from, s).every(({ key, paged }) => {
        if (paged) return true;
        const found = key.length >= minEntryLength ? after.indexOf(key, at) : -1;
        at = found + key.length;
        return found >= 0;
      });
      if (listed) return s;
    }
    return from;
  };
  if (heading >= 0) {
    const to = entries(heading + 1, runEnd(heading + 1, false), 0);
    return lines.slice(heading, to).map((l) => l.at);
  }
  // A run may start below a line that is no entry (a label, a byline), so every start is tried.
  for (let from = 0; from < top.length; from++) {
    const s = entries(from, runEnd(from, true), minEntries);
    if (s > from) return lines.slice(from, s).map((l) => l.at);
  }
  return [];
}

/**
 * A line cleaned as the text will be, and read as a table-of-contents entry: without its page number, "" when it
 * is no heading.
 */
function tocKey(raw: string): { text: string; key: string; paged: boolean } {
  const paged = pageRef.test(raw);
  const key = normalizeLine(raw.replace(pageRef, ""), noGlossary).replace(/[：:。]$/u, "");
  return { text: normalizeLine(raw, noGlossary), key: key.length >= 2 && key.length <= 80 && !sentence.test(key) ? key : "", paged };
}

/**
 * Title lines above the report's title that the page set there (its own heading, sometimes worded otherwise or
 * with `（第1/3页）`): a title line followed, before any sentence, by another with furniture removed between them,
 * or by the same line again.
 */
function pageTitles(lines: Line[], dropped: Set<number>): number[] {
  const prose = lines.findIndex((l) => sentence.test(l.raw) || l.raw.length > 80);
  const titles = (prose < 0 ? lines : lines.slice(0, prose)).filter((l) => l.raw.length <= 60 && isTitle(l.view) && !/^[—─-]/u.test(l.view));
  return titles.flatMap((t, k) => {
    const next = titles[k + 1];
    if (!next) return [];
    const between = [...dropped].some((at) => at > t.at && at < next.at);
    return between || t.view === next.view ? [t.at] : [];
  });
}

/** A line naming the genre as a title does: not numbered like a heading (`一、对照检查情况`), no comma. */
function isTitle(view: string): boolean {
  return titleWords.test(view) && !/[，,]/u.test(view) && !sectionHeading(view) && !bracketCn(view) && !itemMarker(view);
}

/** The one `篇一` label of a file holding one report (a label separating reports is the splitter's), with the title written after it. */
function loneLabel(lines: Line[]): { line: Line; label: string; title: string } | null {
  const prose = lines.findIndex((l) => sentence.test(l.raw));
  const labelled = lines.filter((l) => reportLabel(l.raw) !== null);
  const line = labelled[0];
  if (labelled.length !== 1 || !line || (prose >= 0 && lines.indexOf(line) > prose)) return null;
  const title = readLabel(line.raw)?.rest ?? "";
  const label = line.raw.trim().slice(0, line.raw.trim().length - title.length).replace(/[：:、.．\s]+$/u, "");
  return { line, label, title };
}

/** The text without the site names and addresses inside it, and what was cut (see inlineAds). */
function stripInlineAds(text: string): { text: string; removed: string[] } {
  // The conversion keeps lengths, so what is found in simplified characters is cut at the same offsets.
  const view = toSimplified(text);
  const spans: [number, number][] = inlineAds.flatMap((re) => [...view.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]));
  if (spans.length === 0) return { text, removed: [] };
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let from = 0;
  const removed: string[] = [];
  for (const [a0, b0] of spans) {
    if (a0 < from) continue;
    let [a, b] = [a0, b0];
    while (a > from && /[ \u3000]/u.test(text[a - 1] ?? "")) a--;
    while (b < text.length && /[ \u3000]/u.test(text[b] ?? "")) b++;
    // An ad between two stops takes one of them with it (`办事。更多…网。下一句` → `办事。下一句`).
    if ((a === 0 || /[。！？；，]/u.test(text[a - 1] ?? "")) && /[。！？；，]/u.test(text[b] ?? "")) b++;
    removed.push(text.slice(a0, b0));
    out += text.slice(from, a);
    from = b;
  }
  return { text: out + text.slice(from), removed };
}
