import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf, pdfFontPath } from "./pdf";

/** The document information dictionary's entries, which pdfkit writes as UTF-16BE hex strings or literals. */
function infoText(pdf: Buffer): string {
  return pdf.toString("latin1");
}

/** All text-showing operators' glyph runs are subset glyph ids; the ToUnicode maps say which characters were embedded. */
function toUnicodeMaps(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  const re = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    try {
      const text = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
      if (text.includes("begincmap")) out.push(text);
    } catch {
      // Not a deflated stream (font program, image): skip.
    }
  }
  return out.join("\n");
}

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("");

describe("renderPdf", () => {
  it("finds the packaged CJK font", () => {
    expect(pdfFontPath()).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });

  it("writes a PDF with the title in its information and the Chinese glyphs embedded", async () => {
    const pdf = await renderPdf({
      title: "申诉材料 SR20261128000001",
      subject: "SR20261128000001",
      blocks: [
        { kind: "heading", text: "处理经过" },
        { kind: "fields", rows: [["服务请求编号", "SR20261128000001"], ["投诉类别", ""]] },
        { kind: "entries", items: [{ title: "已受理", meta: "2026-11-28 14:02", body: "您好，已收到您的投诉。" }] },
        { kind: "entries", items: [], empty: "暂无答复" },
        { kind: "paragraph", text: "工业和信息化部电信用户申诉受理中心 12300" },
      ],
      footer: "生成时间 2026-11-28 14:02",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(200_000);
    // The subject is written as a literal string in the information dictionary.
    expect(infoText(pdf)).toContain("SR20261128000001");
    const cmaps = toUnicodeMaps(pdf);
    for (const ch of ["申", "诉", "受", "理", "暂", "无"]) expect(cmaps.toLowerCase()).toContain(hex(ch));
  });

  it("keeps a short document on one page, with its footer on that page", async () => {
    const pdf = await renderPdf({ title: "短文档", blocks: [{ kind: "paragraph", text: "一段文字" }], footer: "页脚文字" });
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).toHaveLength(1);
    expect(toUnicodeMaps(pdf).toLowerCase()).toContain(hex("脚"));
  });

  it("runs onto more pages when the content is long, numbering them", async () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ title: `第 ${i + 1} 条`, meta: "2026-11-28", body: "内容".repeat(40) }));
    const pdf = await renderPdf({ title: "长文档", blocks: [{ kind: "entries", items }], footer: "页脚" });
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
  });
});
