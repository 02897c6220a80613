import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml, tagUri, type AtomFeed } from "./atom-feed";

const feed = (entries: AtomFeed["entries"]): AtomFeed => ({
  id: tagUri("status.example.cn", "2026-11-28", "status-feed/zh-CN"),
  title: "服务状态",
  lang: "zh-CN",
  selfUrl: "https://status.example.cn/status/feed.xml?lang=en&x=1",
  pageUrl: "https://status.example.cn/status",
  author: "网络运维",
  fallbackUpdated: new Date("2026-11-28T00:00:00Z"),
  entries,
});

const entry = (id: string, at: string, extra: Partial<AtomFeed["entries"][number]> = {}) => ({
  id: tagUri("status.example.cn", at.slice(0, 10), `incident-update/${id}`),
  title: `更新 ${id}`,
  updated: new Date(at),
  content: `内容 ${id}`,
  link: `https://status.example.cn/status/INC20261128001`,
  ...extra,
});

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML forbids", () => {
    expect(escapeXml(`<b>"A" & 'B'</b>`)).toBe("&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;");
    expect(escapeXml("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
});

describe("buildAtomFeed", () => {
  it("has the feed's required elements, its self and alternate links, and each entry's", () => {
    const xml = buildAtomFeed(feed([entry("u1", "2026-11-28T03:00:00Z"), entry("u2", "2026-11-28T05:30:00Z", { categories: ["MOBILE"] })]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">')).toBe(true);
    expect(xml).toContain("<id>tag:status.example.cn,2026-11-28:status-feed/zh-CN</id>");
    expect(xml).toContain("<title>服务状态</title>");
    // The feed is as new as its newest entry.
    expect(xml).toContain("  <updated>2026-11-28T05:30:00.000Z</updated>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://status.example.cn/status/feed.xml?lang=en&amp;x=1"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://status.example.cn/status"/>');
    expect(xml).toContain("<author>\n    <name>网络运维</name>\n  </author>");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    const second = xml.slice(xml.lastIndexOf("<entry>"));
    for (const part of [
      "<id>tag:status.example.cn,2026-11-28:incident-update/u2</id>",
      "<title>更新 u2</title>",
      "<updated>2026-11-28T05:30:00.000Z</updated>",
      '<link rel="alternate" type="text/html" href="https://status.example.cn/status/INC20261128001"/>',
      '<category term="MOBILE"/>',
      '<content type="text">内容 u2</content>',
    ])
      expect(second).toContain(part);
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("escapes every text and attribute an incident can put in it", () => {
    const xml = buildAtomFeed(feed([entry("u1", "2026-11-28T03:00:00Z", { title: "光缆 <被挖断> & 修复", content: "</content><script>x</script>", link: "https://x.cn/a?b=1&c=\"2\"" })]));
    expect(xml).toContain("<title>光缆 &lt;被挖断&gt; &amp; 修复</title>");
    expect(xml).toContain('<content type="text">&lt;/content&gt;&lt;script&gt;x&lt;/script&gt;</content>');
    expect(xml).toContain('href="https://x.cn/a?b=1&amp;c=&quot;2&quot;"');
    expect(xml).not.toContain("<script>");
  });

  it("an empty feed is still valid: its updated time is the fallback", () => {
    const xml = buildAtomFeed(feed([]));
    expect(xml).not.toContain("<entry>");
    expect(xml).toContain("<updated>2026-11-28T00:00:00.000Z</updated>");
  });
});
