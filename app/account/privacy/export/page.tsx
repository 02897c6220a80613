import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PdfBlock } from "@/server/pdf";
import { requireCustomer } from "@/server/actor";
import { exportMyData } from "@/server/dal/privacy-export";
import { buildExportDocument } from "@/server/privacy-export-document";
import { PrintButton } from "../_components/print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.exportDoc"))("title") };
}

function Block({ block }: { block: PdfBlock }) {
  switch (block.kind) {
    case "paragraph":
      return <p className="text-sm text-slate-800">{block.text}</p>;
    case "heading":
      return <h2 className="text-lg font-semibold">{block.text}</h2>;
    case "fields":
      return (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {block.rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-900">{label}</dt>
              <dd className="mb-1 break-words text-slate-800 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      );
    case "entries":
      return block.items.length === 0 ? (
        <p className="text-sm text-slate-600">{block.empty}</p>
      ) : (
        <ol className="space-y-3">
          {block.items.map((item, i) => (
            <li key={i} className="break-inside-avoid rounded-md p-3 ring-1 ring-slate-200">
              <p className="font-medium text-slate-900">{item.title}</p>
              {item.meta ? <p className="text-xs text-slate-600">{item.meta}</p> : null}
              {item.body ? <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{item.body}</p> : null}
            </li>
          ))}
        </ol>
      );
  }
}

/** The readable, printable copy of everything we hold about the customer (the PDF is the same document). */
export default async function ExportPage() {
  const actor = await requireCustomer("/account/privacy/export");
  const [t, doc] = await Promise.all([getTranslations("privacy.exportDoc"), exportMyData(actor, "html").then(buildExportDocument)]);
  return (
    <article className="mx-auto max-w-4xl space-y-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:shadow-none print:ring-0">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href="/account/privacy" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <PrintButton label={t("print")} />
        <a href="/account/privacy/export.pdf" download className="text-sm text-brand-700 underline">
          {t("downloadPdf")}
        </a>
      </div>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{doc.title}</h1>
        {doc.subtitle ? <p className="mt-1 text-sm text-slate-700">{doc.subtitle}</p> : null}
      </header>
      <p className="text-sm text-slate-800">{t("intro")}</p>
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={`export-${s.id}`} className="space-y-3">
          <h2 id={`export-${s.id}`} className="border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900">
            {s.title}
          </h2>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </section>
      ))}
      <p className="text-xs text-slate-600">{doc.footer}</p>
    </article>
  );
}
