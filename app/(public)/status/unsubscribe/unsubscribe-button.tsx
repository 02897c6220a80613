"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The confirm button: cancelling is a POST (a server action), never a side effect of opening the link. */
export function UnsubscribeButton({ token, action }: { token: string; action: (input: { token: string }) => Promise<ClientActionResult<{ area: string }>> }) {
  const t = useTranslations("status.unsubscribe");
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (done) return <Alert tone="success">{t("done")}</Alert>;
  return (
    <div className="space-y-3">
      <FormError error={error} />
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            try {
              const result = await action({ token });
              if (result.ok) setDone(true);
              else setError(result.formError ?? "errors.unexpected");
            } catch {
              setError("errors.unexpected");
            }
          })
        }
      >
        {t("confirm")}
      </Button>
    </div>
  );
}
