import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { appealPackDocument, type PackTranslator } from "@/server/appeal-pack";
import { getActor } from "@/server/actor";
import { getAppealPack } from "@/server/dal/complaints";
import { renderPdf } from "@/server/pdf";

type Context = { params: Promise<{ srn: string }> };

/**
 * The appeal pack as a PDF download (appeal-<SRN>.pdf), in the reader's language, with the same
 * content as the printable page. The owner only: another customer, staff, an unknown SRN or a
 * request that is not a complaint all get the same 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { srn: raw } = await params;
  const actor = await getActor();
  const srn = normalizeSrn(raw);
  // Only a well-formed SRN goes into the way back (a malformed one could not even be encoded).
  if (!actor) redirect(srn ? `/login?next=${encodeURIComponent(`/account/requests/${srn}/appeal.pdf`)}` : "/login");
  const pack = srn ? await getAppealPack(actor, srn) : null;
  if (!pack) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pdf = await renderPdf(appealPackDocument(pack, { t: t as unknown as PackTranslator, dateTime: (at) => format.dateTime(at, "short"), now: new Date() }));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="appeal-${pack.srn}.pdf"`,
      "Content-Length": String(pdf.length),
      // A personal document: never stored by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
