import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ title, titleId, children, className }: { title?: ReactNode; titleId?: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={title ? titleId : undefined} className={cn("rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6", className)}>
      {title ? (
        <h2 id={titleId} className="mb-3 text-lg font-semibold text-slate-900">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
