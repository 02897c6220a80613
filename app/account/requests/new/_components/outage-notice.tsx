"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** An active incident on the chosen line, as the page rendered it in the reader's language. */
export type OutageView = { code: string; title: string; level: string; started: string; eta: string; latest: string | null };

export type WaitForRestore = (input: { lineId: string }) => Promise<ClientActionResult<{ phone: string; area: string }>>;

type Choices = { waitForRestore: WaitForRestore; onReportAnyway: () => void };

/**
 * Shown before the fault form's fields when an outage affects the chosen line: the incident and
 * its ETA, then two choices — wait and be told (a subscription for the line's area), or report
 * anyway. Staff entering a report on the customer's behalf get it without the choices (`choices`
 * null), to tell the customer on the phone; their form stays open.
 */
export function OutageNotice({ lineId, outages, choices }: { lineId: string; outages: OutageView[]; choices: Choices | null }) {
  const t = useTranslations("status.outage");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<{ phone: string } | null>(null);
  const wait = () =>
    startTransition(async () => {
      setError(null);
      try {
        if (!choices) return;
        const result = await choices.waitForRestore({ lineId });
        if (result.ok) setWaiting({ phone: result.data.phone });
        else setError(result.formError ?? "errors.unexpected");
      } catch {
        setError("errors.unexpected");
      }
    });
  return (
    <section aria-labelledby="outage-title" className="space-y-3 rounded-md bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-200">
      <h2 id="outage-title" className="text-base font-semibold">
        {t("title", { count: outages.length })}
      </h2>
      <ul className="space-y-3">
        {outages.map((o) => (
          <li key={o.code}>
            <p className="font-semibold">
              {o.title} <span className="font-mono text-xs font-normal">{o.code}</span>
            </p>
            <p>{t("started", { at: o.started, level: o.level })}</p>
            <p>{o.eta}</p>
            {o.latest ? <p>{t("latest", { text: o.latest })}</p> : null}
            <Link href={`/status/${o.code}`} className="font-medium underline">
              {t("details")}
            </Link>
          </li>
        ))}
      </ul>
      <p>{choices ? t("affectedNote") : t("staffNote")}</p>
      {waiting ? (
        <Alert tone="success" title={t("waitingTitle")}>
          <p>{t("waiting", { phone: waiting.phone })}</p>
          <Link href="/account/requests" className="mt-2 inline-block font-medium underline">
            {t("toRequests")}
          </Link>
        </Alert>
      ) : null}
      <FormError error={error} />
      {choices ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          {waiting ? null : (
            <Button type="button" disabled={pending} onClick={wait}>
              {t("wait")}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={choices.onReportAnyway}>
            {t("reportAnyway")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
