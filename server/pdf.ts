import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

// Printable documents (the complaint appeal pack, the personal-data export) as PDF. Chinese text
// needs an embedded CJK font: Noto Sans SC (SIL Open Font License) ships with the npm package
// @expo-google-fonts/noto-sans-sc, and pdfkit embeds only the glyphs a document uses (a few KB).
// PDF_FONT_PATH may point at another TrueType font with CJK glyphs. See
// docs/decisions/0009-pdf-documents.md.

export type PdfBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** Label–value pairs, one per line. */
  | { kind: "fields"; rows: ReadonlyArray<readonly [label: string, value: string]> }
  /** A list of entries (timeline events, replies): a bold title, a grey meta line, a body. */
  | { kind: "entries"; items: ReadonlyArray<{ title: string; meta?: string; body?: string }>; empty?: string };

export type PdfDocumentSpec = {
  title: string;
  subtitle?: string;
  /** Written into the document information (searchable by viewers and tests). */
  subject?: string;
  keywords?: string;
  blocks: readonly PdfBlock[];
  /** Printed at the bottom of every page, e.g. "生成时间 2026-11-28 14:02 · ServiceHall". */
  footer: string;
};

const FONT_PACKAGE_FILE = path.join("node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf");

/** The CJK font file: PDF_FONT_PATH, else the packaged Noto Sans SC. Throws when neither exists. */
export function pdfFontPath(): string {
  const candidates = [process.env.PDF_FONT_PATH, path.join(process.cwd(), FONT_PACKAGE_FILE)].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No CJK font for PDF documents: looked for ${candidates.join(", ")}`);
  return found;
}

const MARGIN = 56;
const INK = "#111827";
const MUTED = "#4b5563";
const RULE = "#d1d5db";

/** Renders the document to a PDF buffer (A4, text selectable and searchable). */
export function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: spec.title, Subject: spec.subject ?? spec.title, Keywords: spec.keywords ?? "", Creator: "ServiceHall", Producer: "ServiceHall" },
      lang: "zh-CN",
      displayTitle: true,
      // pdfkit's default Helvetica would be loaded from its AFM files; every text uses the CJK font.
      font: pdfFontPath(),
    });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    const width = doc.page.width - MARGIN * 2;
    doc.fillColor(INK).fontSize(18).text(spec.title, { width });
    if (spec.subtitle) doc.moveDown(0.2).fillColor(MUTED).fontSize(10).text(spec.subtitle, { width });
    doc.moveDown(0.6);

    for (const block of spec.blocks) {
      switch (block.kind) {
        case "heading": {
          doc.moveDown(0.6).fillColor(INK).fontSize(13).text(block.text, { width });
          const y = doc.y + 2;
          doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).strokeColor(RULE).lineWidth(0.5).stroke();
          doc.moveDown(0.4);
          break;
        }
        case "paragraph":
          doc.fillColor(INK).fontSize(10.5).text(block.text, { width, lineGap: 2 }).moveDown(0.4);
          break;
        case "fields":
          for (const [label, value] of block.rows) {
            doc.fontSize(10.5).fillColor(MUTED).text(`${label}：`, { continued: true, width }).fillColor(INK).text(value || "—", { lineGap: 2 });
          }
          doc.moveDown(0.3);
          break;
        case "entries":
          if (!block.items.length && block.empty) doc.fillColor(MUTED).fontSize(10.5).text(block.empty, { width });
          for (const item of block.items) {
            doc.fillColor(INK).fontSize(10.5).text(item.title, { width });
            if (item.meta) doc.fillColor(MUTED).fontSize(9).text(item.meta, { width });
            if (item.body) doc.fillColor(INK).fontSize(10.5).text(item.body, { width, lineGap: 2, indent: 0 });
            doc.moveDown(0.5);
          }
          break;
      }
    }

    // Footer and page numbers on every page.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - MARGIN;
      // The footer sits in the bottom margin: without lifting the margin, pdfkit would start a new
      // (empty) page for it.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fillColor(MUTED).fontSize(8).text(`${spec.footer} · ${i + 1}/${range.count}`, MARGIN, y, { width, align: "center", lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}
