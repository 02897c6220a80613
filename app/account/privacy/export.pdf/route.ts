import { exportMyData } from "@/server/dal/privacy-export";
import { renderPdf } from "@/server/pdf";
import { buildExportDocument } from "@/server/privacy-export-document";
import { attachment, exportActor } from "@/server/privacy-export-response";

/** GET /account/privacy/export.pdf — the printable copy as a PDF (the same document as /account/privacy/export), audited. */
export async function GET() {
  const actor = await exportActor("/account/privacy/export.pdf");
  if (!("customerId" in actor)) return actor;
  const data = await exportMyData(actor, "pdf");
  const pdf = await renderPdf(await buildExportDocument(data));
  return attachment(new Uint8Array(pdf), "application/pdf", "pdf", data.generatedAt);
}
