"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

// A header menu: a <details> disclosure, so it opens and its links work without JavaScript. With
// JavaScript it also closes on Escape (focus back on its button), on a click outside and after
// navigating. On a phone the panel spans the screen below its button instead of overflowing it.
export function NavMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("keydown", onKey);
    };
  }, []);

  return (
    <details ref={ref} className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded px-1.5 py-1 text-white/90 hover:bg-white/10 hover:text-white sm:px-2 [&::-webkit-details-marker]:hidden"
      >
        {label}
        <span aria-hidden="true" className="inline-block text-xs transition-transform group-open:rotate-180">▾</span>
      </summary>
      <ul className="absolute left-0 z-30 mt-1 min-w-44 max-sm:fixed max-sm:right-4 max-sm:left-4 rounded-md border border-slate-200 bg-white py-1 text-slate-800 shadow-lg">
        {children}
      </ul>
    </details>
  );
}
