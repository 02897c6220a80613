"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Unexpected errors end here; their message is never shown (it may hold internals).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-lg py-12 text-center">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("unexpected")}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-600">{error.digest}</p> : null}
      <Button onClick={reset} className="mt-6">
        {t("retry")}
      </Button>
    </div>
  );
}
