"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";

/**
 * One click to give or withdraw a consent (or to accept the current notice): runs the action with
 * its fixed input, then refreshes the page so the state and the history show the new row.
 */
export function ConsentButton<I>({
  input,
  action,
  label,
  accessibleName,
  variant = "secondary",
}: {
  input: I;
  action: (input: I) => Promise<ClientActionResult<unknown>>;
  label: string;
  accessibleName?: string;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-label={accessibleName}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            try {
              const result = await action(input);
              if (!result.ok) setError(result.formError ?? "errors.unexpected");
            } catch {
              setError("errors.unexpected");
            }
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      <div aria-live="assertive" className="empty:hidden">
        {error ? <p className="text-sm text-red-700">{errorText(error)}</p> : null}
      </div>
    </div>
  );
}
