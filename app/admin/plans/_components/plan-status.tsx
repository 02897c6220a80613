"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Input = { id: string; version: number; active: boolean };

/** Stops offering a plan (its lines keep it) or offers it again. */
export function PlanStatus({ id, version, active, action }: Input & { action: (input: Input) => Promise<ClientActionResult<{ id: string; version: number }>> }) {
  const t = useTranslations("administration.plans");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <FormError error={error} />
      <div aria-live="polite" className="empty:hidden">
        {done ? <Alert tone="success">{done}</Alert> : null}
      </div>
      <Button
        type="button"
        variant={active ? "danger" : "primary"}
        disabled={pending}
        onClick={() => {
          if (active && !window.confirm(t("deactivateConfirm"))) return;
          setError(null);
          setDone(null);
          startTransition(async () => {
            try {
              const result = await action({ id, version, active: !active });
              if (result.ok) setDone(active ? t("deactivated") : t("activated"));
              else setError(result.formError ?? "errors.unexpected");
            } catch {
              setError("errors.unexpected");
            }
            router.refresh();
          });
        }}
      >
        {active ? t("deactivate") : t("activate")}
      </Button>
    </div>
  );
}
