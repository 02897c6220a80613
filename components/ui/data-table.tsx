import type { ReactNode } from "react";
import { ButtonLink } from "./button";

// The staff area's tables and their keyset pager, one look everywhere. A table wider than the
// screen scrolls sideways inside its own focusable region, so the keyboard can scroll it too.

type Column = { key: string; label: ReactNode; srOnly?: boolean; className?: string };

export function DataTable({ label, columns, children, empty }: { label: string; columns: Column[]; children: ReactNode; empty?: ReactNode }) {
  if (empty) return <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{empty}</p>;
  return (
    <div tabIndex={0} role="region" aria-label={label} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{label}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className ?? "px-4 py-3 font-medium"}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** "First page" when not on it, "next page" when there is one (keyset pages: no page numbers). */
export function KeysetPager({ firstHref, nextHref, firstLabel, nextLabel }: { firstHref: string | null; nextHref: string | null; firstLabel: string; nextLabel: string }) {
  if (!firstHref && !nextHref) return null;
  return (
    <div className="mt-4 flex gap-2">
      {firstHref ? (
        <ButtonLink variant="secondary" href={firstHref}>
          {firstLabel}
        </ButtonLink>
      ) : null}
      {nextHref ? (
        <ButtonLink variant="secondary" href={nextHref}>
          {nextLabel}
        </ButtonLink>
      ) : null}
    </div>
  );
}
