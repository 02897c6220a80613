"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

export function RetryButton({ id, action }: { id: string; action: (input: { id: string }) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("outbox");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <FormError error={error} />
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action({ id }).catch(() => ({ ok: false as const, formError: "errors.unexpected" }));
            if (!result.ok) setError(result.formError ?? "errors.unexpected");
            router.refresh();
          })
        }
      >
        {pending ? t("retrying") : t("retry")}
      </Button>
    </div>
  );
}
