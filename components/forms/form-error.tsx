"use client";

import { useErrorText } from "./use-error-text";

/** The form-level message, announced by screen readers when it appears. */
export function FormError({ error }: { error: string | null }) {
  const errorText = useErrorText();
  return (
    <div aria-live="assertive" className="empty:hidden">
      {error ? <p className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">{errorText(error)}</p> : null}
    </div>
  );
}
