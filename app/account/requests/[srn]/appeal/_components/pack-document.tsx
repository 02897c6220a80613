import type { PdfDocumentSpec } from "@/server/pdf";

/**
 * The appeal pack as a page: the same block model the PDF is rendered from (server/appeal-pack.ts),
 * as headings, paragraphs, description lists and ordered lists.
 */
export function PackDocument({ doc }: { doc: PdfDocumentSpec }) {
  return (
    <article className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:p-0 print:shadow-none print:ring-0">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{doc.title}</h1>
        {doc.subtitle ? <p className="mt-1 text-sm text-slate-700">{doc.subtitle}</p> : null}
      </header>
      {doc.blocks.map((block, i) => {
        switch (block.kind) {
          case "heading":
            return (
              <h2 key={i} className="break-after-avoid border-b border-slate-300 pt-4 text-lg font-semibold text-slate-900">
                {block.text}
              </h2>
            );
          case "paragraph":
            return (
              <p key={i} className="whitespace-pre-wrap break-words text-sm text-slate-900">
                {block.text}
              </p>
            );
          case "fields":
            return (
              <dl key={i} className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
                {block.rows.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-slate-600">{label}</dt>
                    <dd className="break-words text-slate-900">{value || "—"}</dd>
                  </div>
                ))}
              </dl>
            );
          case "entries":
            return block.items.length ? (
              <ol key={i} className="space-y-3">
                {block.items.map((item, j) => (
                  <li key={j} className="break-inside-avoid text-sm">
                    <p className="font-medium text-slate-900">{item.title}</p>
                    {item.meta ? <p className="text-xs text-slate-700">{item.meta}</p> : null}
                    {item.body ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{item.body}</p> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p key={i} className="text-sm text-slate-700">
                {block.empty}
              </p>
            );
        }
      })}
      <p className="border-t border-slate-300 pt-3 text-xs text-slate-700">{doc.footer}</p>
    </article>
  );
}
