"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { PlaybookStep } from "@/lib/domain/incidents";
import type { TickPlaybookStepInput } from "@/lib/schemas/incidents";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";

type Props = { code: string; version: number; step: PlaybookStep; label: string; action: (input: TickPlaybookStepInput) => Promise<ClientActionResult<{ code: string; version: number }>> };

/** 标记完成 for one playbook step, over the version the page shows; an error is read out beside it. */
export function TickButton({ code, version, step, label, action }: Props) {
  const t = useTranslations("incidents.detail");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        aria-label={t("tickStep", { step: label })}
        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await action({ code, version, step }).catch(() => ({ ok: false as const, formError: "errors.unexpected" }));
            if (!result.ok) setError(result.formError ?? "errors.unexpected");
            router.refresh();
          })
        }
      >
        {pending ? t("ticking") : t("tick")}
      </Button>
      <span role="status" className="text-sm text-red-700">
        {error ? errorText(error) : null}
      </span>
    </span>
  );
}
