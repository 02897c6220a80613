// Search terms for the FAQ (docs/decisions/0008-chinese-search.md). Chinese has no spaces, so
// Chinese text is indexed as overlapping character bigrams plus single characters; Latin text
// as lower-cased words plus their prefixes (3+ letters). A query is cut the same way, the
// database finds the articles sharing any term (`searchTerms && query`, GIN-indexed on PGlite
// and PostgreSQL alike), and rankArticles() orders those candidates here.

/** Marks a term that occurs in a title (either language); title matches weigh more. */
export const TITLE_PREFIX = "t:";
/** A matched title term counts this much on top of the plain match. */
export const TITLE_WEIGHT = 2;
/** Candidates scoring below this share of the best score are dropped as noise. */
export const MIN_RELATIVE_SCORE = 0.3;
/** A query uses at most this many terms (a consultation question may be 1,000 characters). */
export const MAX_QUERY_TERMS = 64;
const MIN_PREFIX = 3;

// Bigrams and characters too common in questions to say anything about the topic.
const ZH_STOP = new Set([
  "如何", "怎么", "怎样", "什么", "为什", "可以", "请问", "我的", "一下", "是否", "哪些", "你们", "我们", "这个", "那个", "一个", "的话", "能否",
  "的", "了", "吗", "呢", "吧", "啊", "是", "我", "你", "在", "和", "与", "或", "也", "就", "都", "要", "请", "把", "被", "及", "之",
]);
const EN_STOP = new Set([
  "a", "an", "the", "and", "or", "to", "of", "in", "on", "for", "is", "are", "am", "was", "be", "do", "does", "did", "i", "my", "me",
  "how", "what", "can", "could", "it", "its", "with", "you", "your", "we", "our", "at", "by", "this", "that", "if", "as", "from", "please",
]);
// Stripped from a query word so that "bills", "billing" and "billed" meet "bill": the index holds
// every prefix of a word, so a stem is always found where the full word is.
const EN_SUFFIXES = ["ing", "ies", "es", "ed", "s"];

const HAN = /\p{Script=Han}/u;
// A run of Han characters, or a run of letters and digits of any other script.
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function normalize(text: string): string {
  // NFKC folds full-width letters and digits (ＡＢＣ１２３, common in Chinese input) to ASCII.
  return text.normalize("NFKC").toLowerCase();
}

// Particles that end a phrase: "家里的宽带" is 家里 + 宽带, never the bigram 的宽.
const PARTICLES = /[的吗呢吧啊呀]/g;

function runs(text: string): string[] {
  return normalize(text).replace(PARTICLES, " ").match(RUN) ?? [];
}

const isHan = (run: string) => HAN.test(run);

/** Index terms of a text: Chinese characters and bigrams, words and their prefixes. */
export function indexTerms(text: string): string[] {
  const out = new Set<string>();
  for (const run of runs(text)) {
    if (isHan(run)) {
      const chars = [...run];
      chars.forEach((c, i) => {
        if (!ZH_STOP.has(c)) out.add(c);
        const bigram = c + (chars[i + 1] ?? "");
        if (i + 1 < chars.length && !ZH_STOP.has(bigram)) out.add(bigram);
      });
    } else if (!EN_STOP.has(run)) {
      out.add(run);
      if (/\p{L}/u.test(run)) for (let n = MIN_PREFIX; n < run.length; n++) out.add(run.slice(0, n));
    }
  }
  return [...out];
}

function stem(word: string): string {
  for (const suffix of EN_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_PREFIX && !(suffix === "s" && word.endsWith("ss"))) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * The terms of a query, in order of appearance, without repeats: a one-character Chinese run
 * is that character, a longer one its bigrams; a word is its stem.
 */
export function queryTerms(query: string): string[] {
  const out = new Set<string>();
  for (const run of runs(query)) {
    if (isHan(run)) {
      const chars = [...run];
      if (chars.length === 1) {
        if (!ZH_STOP.has(run)) out.add(run);
      } else {
        for (let i = 0; i + 1 < chars.length; i++) {
          const bigram = chars[i]! + chars[i + 1]!;
          if (!ZH_STOP.has(bigram)) out.add(bigram);
        }
      }
    } else if (!EN_STOP.has(run)) {
      out.add(/\p{L}/u.test(run) ? stem(run) : run);
    }
  }
  return [...out].slice(0, MAX_QUERY_TERMS);
}

/**
 * Markdown to plain text, good enough to index and to quote a snippet from: link targets,
 * images' addresses, raw HTML tags (script and style with their content) and Markdown
 * punctuation are dropped.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/```[^\n]*\n?/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(?:https?:|mailto:)[^>\s]*>/gi, " ")
    .replace(/<\/?[a-z][^>]*>/gi, " ")
    .replace(/\bhttps?:\/\/\S+/gi, " ")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, " ")
    .replace(/[*_~`|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export type SearchDoc = { title: string; titleEn: string; body: string; bodyEn: string };

/** Every term of an article in both languages, its title terms also marked with TITLE_PREFIX. */
export function buildSearchTerms(doc: SearchDoc): string[] {
  const title = indexTerms(`${doc.title} ${doc.titleEn}`);
  const body = indexTerms(`${markdownToText(doc.body)} ${markdownToText(doc.bodyEn)}`);
  return [...new Set([...title, ...body, ...title.map((t) => TITLE_PREFIX + t)])];
}

export type Ranked<T> = T & { score: number; matched: number };

/**
 * Orders the candidates the database found: each query term found in the article counts 1, and
 * TITLE_WEIGHT more when it is in a title. Ties go to the article with more distinct matches,
 * then to the more helpful one. Articles below MIN_RELATIVE_SCORE of the best are dropped.
 */
export function rankArticles<T extends { searchTerms: readonly string[]; helpfulYes?: number }>(candidates: T[], terms: string[], limit: number): Ranked<T>[] {
  const scored = candidates.map((c) => {
    const set = new Set(c.searchTerms);
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      if (!set.has(term)) continue;
      matched++;
      score += 1 + (set.has(TITLE_PREFIX + term) ? TITLE_WEIGHT : 0);
    }
    return { ...c, score, matched };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score > 0 && s.score >= best * MIN_RELATIVE_SCORE)
    .sort((a, b) => b.score - a.score || b.matched - a.matched || (b.helpfulYes ?? 0) - (a.helpfulYes ?? 0))
    .slice(0, limit);
}

export type Segment = { text: string; hit: boolean };

/** Where the query's terms occur in `text`, as alternating plain and matched segments. */
export function highlight(text: string, terms: string[]): Segment[] {
  const lowered = text.toLowerCase();
  // Offsets are only valid when lower-casing kept the length (it does for CJK and ASCII).
  if (!terms.length || lowered.length !== text.length) return text ? [{ text, hit: false }] : [];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    const latin = !HAN.test(term);
    for (let at = lowered.indexOf(term); at !== -1; at = lowered.indexOf(term, at + 1)) {
      // A word stem matches at the start of a word only ("bill" in "billing", not in "rebill").
      if (latin && at > 0 && /[\p{L}\p{N}]/u.test(lowered[at - 1]!)) continue;
      let end = at + term.length;
      if (latin) while (end < text.length && /[\p{L}\p{N}]/u.test(lowered[end]!)) end++;
      marks.fill(true, at, end);
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === marks[i]) last.text += text[i];
    else out.push({ text: text[i]!, hit: marks[i]! });
  }
  return out;
}

/**
 * A piece of `text` around the first match, about `length` characters, with an ellipsis where it
 * was cut; the start of the text when nothing matches.
 */
export function snippet(text: string, terms: string[], length = 90): string {
  const lowered = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lowered.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const at = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, Math.min(at - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}
