"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Vote = "yes" | "no";

/** 这篇文章有帮助吗？ Two buttons; afterwards a thank-you (and, after a no, the way to ask a person). */
export function VoteForm({
  articleId,
  voted,
  action,
}: {
  articleId: string;
  voted: Vote | null;
  action: (input: { articleId: string; helpful: Vote }) => Promise<ClientActionResult<{ helpful: Vote; counted: boolean }>>;
}) {
  const t = useTranslations("help.vote");
  const [vote, setVote] = useState<Vote | null>(voted);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const send = (helpful: Vote) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ articleId, helpful }).catch(() => ({ ok: false as const, formError: "errors.unexpected" }));
      if (result.ok) setVote(result.data.helpful);
      else setError(result.formError ?? "errors.unexpected");
    });

  return (
    <section aria-labelledby="vote-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="vote-title" className="font-semibold text-slate-900">
        {t("question")}
      </h2>
      <div aria-live="polite">
        {vote ? (
          <div className="mt-2 text-sm text-slate-800">
            <p className="font-medium text-emerald-800">{vote === "yes" ? t("thanksYes") : t("thanksNo")}</p>
            {vote === "no" ? (
              <p className="mt-1">
                {t("stillStuck")}{" "}
                <Link href="/account/requests/new/consultation" className="font-medium text-brand-700 underline">
                  {t("askLink")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <div className="mt-3 space-y-2">
            <FormError error={error} />
            <div className="flex flex-wrap gap-3">
              <Button variant="secondary" disabled={pending} onClick={() => send("yes")}>
                {t("yes")}
              </Button>
              <Button variant="secondary" disabled={pending} onClick={() => send("no")}>
                {t("no")}
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
