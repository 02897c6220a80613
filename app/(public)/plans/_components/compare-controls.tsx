"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The compare form's submit bar. With JavaScript it counts the ticked plans and disables the
 * other boxes once MAX are ticked; without it the server keeps the first MAX and says so.
 */
export function CompareControls({ max, initial }: { max: number; initial: number }) {
  const t = useTranslations("plans.catalogue");
  const ref = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const boxes = () => Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="compare"]'));
    const update = () => {
      const checked = boxes().filter((b) => b.checked).length;
      setCount(checked);
      for (const b of boxes()) b.disabled = !b.checked && checked >= max;
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [max]);
  return (
    <div ref={ref} className="sticky bottom-0 z-10 mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white p-3 shadow-md ring-1 ring-slate-200">
      <p className="text-sm text-slate-800" aria-live="polite">
        {t("selected", { count, max })}
      </p>
      <Button type="submit" disabled={count < 2}>
        {t("compareButton")}
      </Button>
    </div>
  );
}
