import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { TableData } from "@/server/report-tables";

// One report table as the page shows it (the CSV export writes the same TableData), with its
// "导出 CSV" link under it.

export function ReportTable({ table, exportHref, exportLabel, empty }: { table: TableData; exportHref: string; exportLabel: string; empty?: string }) {
  return (
    <div className="space-y-2">
      <DataTable
        label={table.caption}
        empty={table.rows.length === 0 ? (empty ?? "—") : undefined}
        columns={table.columns.map((c, i) => ({ key: String(i), label: c.label, className: `whitespace-nowrap px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}` }))}
      >
        {table.rows.map((row, r) => (
          <tr key={r} className="align-top">
            {row.map((cell, i) => {
              const numeric = table.columns[i]?.numeric;
              const Tag = i === 0 ? "th" : "td";
              return (
                <Tag key={i} scope={i === 0 ? "row" : undefined} className={`whitespace-nowrap px-3 py-2 ${i === 0 ? "text-left font-medium text-slate-900" : "text-slate-800"} ${numeric ? "text-right tabular-nums" : ""}`}>
                  {cell.href ? (
                    <Link href={cell.href} className="font-mono text-brand-700 underline">
                      {cell.text}
                    </Link>
                  ) : cell.links ? (
                    <span className="flex flex-col gap-1 sm:flex-row sm:gap-3">
                      {cell.links.map((l) => (
                        <Link key={l.href} href={l.href} className="whitespace-nowrap text-brand-700 underline">
                          {l.text}
                        </Link>
                      ))}
                    </span>
                  ) : (
                    cell.text
                  )}
                </Tag>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <p className="text-right text-sm">
        <a href={exportHref} className="text-brand-700 underline" download>
          {exportLabel}
          <span className="sr-only"> · {table.caption}</span>
        </a>
      </p>
    </div>
  );
}
