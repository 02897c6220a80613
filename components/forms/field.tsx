"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { useErrorText } from "./use-error-text";
import { cn } from "../ui/cn";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-600 sm:text-sm";

type Common = { label: ReactNode; hint?: ReactNode; error?: string; className?: string };

function useFieldIds(error?: string, hint?: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function FieldFrame({ id, label, hint, hintId, error, errorId, className, children }: Common & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  const errorText = useErrorText();
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, className, ...input }: Common & ComponentProps<"input">) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className}>
      <input id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={control} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, className, ...input }: Common & ComponentProps<"textarea">) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className}>
      <textarea id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={cn(control, "min-h-28")} {...input} />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, className, children, ...input }: Common & ComponentProps<"select">) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className}>
      <select id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={control} {...input}>
        {children}
      </select>
    </FieldFrame>
  );
}
