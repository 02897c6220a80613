"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { WaveStepInput } from "@/lib/schemas/survey-waves";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";

type Props = {
  code: string;
  version: number;
  label: string;
  pendingLabel: string;
  /** Asked before the step runs (sending and closing cannot be undone). */
  confirm: string;
  variant?: "primary" | "danger" | "secondary";
  action: (input: WaveStepInput) => Promise<ClientActionResult<unknown>>;
};

/** Sends or closes a wave from the version the page showed, then shows the page as it is now. */
export function StepButton({ code, version, label, pendingLabel, confirm, variant = "primary", action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <FormError error={error} />
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          startTransition(async () => {
            setError(null);
            try {
              const result = await action({ code, version });
              if (!result.ok) setError(result.formError ?? "errors.unexpected");
            } catch {
              setError("errors.unexpected");
            }
            router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
    </div>
  );
}
