import { describe, expect, it } from "vitest";
import { buildSearchTerms, highlight, indexTerms, markdownToText, MAX_QUERY_TERMS, queryTerms, rankArticles, snippet, TITLE_PREFIX } from "./search-terms";

describe("indexTerms", () => {
  it("cuts Chinese into single characters and overlapping bigrams", () => {
    expect(indexTerms("话费账单").sort()).toEqual(["话", "费", "账", "单", "话费", "费账", "账单"].sort());
  });

  it("keeps Chinese runs apart at punctuation and Latin text", () => {
    const terms = indexTerms("宽带，上网5G套餐");
    expect(terms).toContain("宽带");
    expect(terms).toContain("上网");
    expect(terms).toContain("套餐");
    expect(terms).toContain("5g");
    // Never a bigram across the comma or across the Latin run.
    expect(terms).not.toContain("带上");
    expect(terms).not.toContain("网套");
  });

  it("lower-cases words and adds their prefixes of three letters and more", () => {
    expect(indexTerms("Billing SIM").sort()).toEqual(["bil", "bill", "billi", "billin", "billing", "sim"].sort());
  });

  it("keeps numbers whole, without prefixes", () => {
    expect(indexTerms("call 12300")).toEqual(["call", "cal", "12300"]);
  });

  it("folds full-width letters and digits", () => {
    expect(indexTerms("ＳＩＭ卡")).toEqual(expect.arrayContaining(["sim", "卡"]));
    expect(indexTerms("１２３００")).toEqual(["12300"]);
  });

  it("ends a run at a particle, so that no bigram spans it", () => {
    expect(indexTerms("家里的宽带").sort()).toEqual(["家", "里", "家里", "宽", "带", "宽带"].sort());
    expect(queryTerms("宽带怎么了吗")).toEqual(["宽带", "带怎", "么了"]);
  });

  it("drops stop words and stop bigrams", () => {
    expect(indexTerms("How do I")).toEqual([]);
    expect(indexTerms("如何")).toEqual(["如", "何"]);
    expect(indexTerms("的")).toEqual([]);
  });
});

describe("queryTerms", () => {
  it("uses bigrams for Chinese runs of two characters or more", () => {
    expect(queryTerms("携号转网")).toEqual(["携号", "号转", "转网"]);
  });

  it("uses the single character for a one-character run", () => {
    expect(queryTerms("网")).toEqual(["网"]);
    expect(queryTerms("卡 流量")).toEqual(["卡", "流量"]);
  });

  it("stems English words so that they meet the prefixes in the index", () => {
    expect(queryTerms("Bills")).toEqual(["bill"]);
    expect(queryTerms("billing charges")).toEqual(["bill", "charg"]);
    expect(queryTerms("blocked queries")).toEqual(["block", "quer"]);
    // Too short to strip, or a double s.
    expect(queryTerms("fees bus address")).toEqual(["fee", "bus", "address"]);
  });

  it("drops stop words and repeats, and caps the number of terms", () => {
    expect(queryTerms("how do I pay my bill bill")).toEqual(["pay", "bill"]);
    expect(queryTerms("请问如何办理")).toEqual(["问如", "何办", "办理"]);
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    expect(queryTerms(long)).toHaveLength(MAX_QUERY_TERMS);
  });

  it("gives nothing for punctuation, blanks or stop words only", () => {
    expect(queryTerms("  ，。!? ")).toEqual([]);
    expect(queryTerms("的")).toEqual([]);
    expect(queryTerms("")).toEqual([]);
  });

  it("always finds what the index holds for the same text", () => {
    for (const text of ["流量不够用怎么办", "Port my number", "宽带无法上网的排查步骤", "Cancelled subscriptions"]) {
      const index = new Set(indexTerms(text));
      expect(queryTerms(text).every((t) => index.has(t)), text).toBe(true);
    }
  });
});

describe("markdownToText", () => {
  it("keeps the words and drops Markdown punctuation, link targets and HTML", () => {
    const md = "## 第一步\n\n- 打开 **App**\n- 访问 [官网](https://example.com/a?b=1)\n\n> 提示：`重启`\n\n<b>x</b> ![图](http://img/1.png)";
    expect(markdownToText(md)).toBe("第一步 打开 App 访问 官网 提示： 重启 x 图");
  });

  it("drops script and style elements with their content", () => {
    expect(markdownToText("开头<script>alert(1)</script>中间<STYLE type=x>p{}</style >结尾")).toBe("开头 中间 结尾");
  });

  it("drops table rules and pipes, bare URLs and code fences", () => {
    const md = "| 项目 | 费用 |\n|---|---:|\n| 月租 | 58 元 |\n\n```\ncode\n```\nsee https://miit.gov.cn now";
    expect(markdownToText(md)).toBe("项目 费用 月租 58 元 code see now");
  });
});

describe("buildSearchTerms", () => {
  const doc = { title: "如何查询话费账单", titleEn: "Checking your bill", body: "登录后打开**账单**页面。", bodyEn: "Open the **Bills** page." };

  it("holds title and body terms of both languages, title terms also marked", () => {
    const terms = buildSearchTerms(doc);
    for (const t of ["话费", "账单", "查询", "check", "bill", "页面", "page", "open"]) expect(terms).toContain(t);
    expect(terms).toContain(`${TITLE_PREFIX}话费`);
    expect(terms).toContain(`${TITLE_PREFIX}bill`);
    expect(terms).not.toContain(`${TITLE_PREFIX}页面`);
    expect(terms).not.toContain(`${TITLE_PREFIX}open`);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe("rankArticles", () => {
  const article = (slug: string, title: string, body: string, helpfulYes = 0) => ({
    slug,
    helpfulYes,
    searchTerms: buildSearchTerms({ title, titleEn: "", body, bodyEn: "" }),
  });
  const bill = article("bill", "如何查询话费账单", "在 App 的账单页面查看每月话费。");
  const data = article("data", "流量不够用怎么办", "可以订购流量包，也可以升级套餐。账单里能看到流量费用。");
  const signal = article("signal", "手机没有信号怎么办", "先重启手机，再检查 SIM 卡。");

  it("puts title matches first and drops articles without a match", () => {
    const ranked = rankArticles([data, signal, bill], queryTerms("话费账单"), 10);
    expect(ranked.map((r) => r.slug)).toEqual(["bill"]);
    expect(ranked[0]!.score).toBeGreaterThan(0);
  });

  it("weights a title match above a body match", () => {
    const ranked = rankArticles([bill, data], queryTerms("流量"), 10);
    expect(ranked.map((r) => r.slug)).toEqual(["data"]);
    const both = rankArticles([bill, data], queryTerms("账单"), 10);
    expect(both.map((r) => [r.slug, r.score])).toEqual([
      ["bill", 3],
      ["data", 1],
    ]);
  });

  it("drops weak matches far below the best one", () => {
    const noisy = article("noisy", "其他问题", "无法使用时请联系客服。");
    const broadband = article("broadband", "宽带无法上网的排查步骤", "检查光猫指示灯。");
    const ranked = rankArticles([noisy, broadband], queryTerms("宽带无法上网"), 10);
    expect(ranked.map((r) => r.slug)).toEqual(["broadband"]);
  });

  it("breaks ties by distinct matches, then by helpful votes, and honours the limit", () => {
    const a = article("a", "套餐", "x", 1);
    const b = article("b", "套餐", "x", 9);
    expect(rankArticles([a, b], queryTerms("套餐"), 10).map((r) => r.slug)).toEqual(["b", "a"]);
    expect(rankArticles([a, b], queryTerms("套餐"), 1).map((r) => r.slug)).toEqual(["b"]);
  });

  it("returns nothing for no terms", () => {
    expect(rankArticles([bill, data], [], 10)).toEqual([]);
  });
});

describe("highlight", () => {
  it("marks Chinese bigrams, merging overlapping ones", () => {
    expect(highlight("如何查询话费账单", queryTerms("话费账单"))).toEqual([
      { text: "如何查询", hit: false },
      { text: "话费账单", hit: true },
    ]);
  });

  it("marks whole words from their stem, case-insensitively, at word starts only", () => {
    expect(highlight("Billing and rebill", ["bill"])).toEqual([
      { text: "Billing", hit: true },
      { text: " and rebill", hit: false },
    ]);
  });

  it("returns the text unmarked without terms, and nothing for an empty text", () => {
    expect(highlight("账单", [])).toEqual([{ text: "账单", hit: false }]);
    expect(highlight("", ["账单"])).toEqual([]);
  });
});

describe("snippet", () => {
  const text = "第一段介绍。".repeat(20) + "携号转网需要满足五个条件。" + "结尾。".repeat(20);

  it("cuts around the first match with ellipses", () => {
    const s = snippet(text, ["携号"], 30);
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("携号转网");
    expect(s.length).toBeLessThanOrEqual(32);
  });

  it("starts at the beginning when nothing matches, and returns short texts whole", () => {
    expect(snippet(text, ["不存在"], 10)).toBe("第一段介绍。第一段介…");
    expect(snippet("短文本", ["短"], 90)).toBe("短文本");
  });
});
