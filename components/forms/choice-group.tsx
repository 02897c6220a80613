"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { useErrorText } from "./use-error-text";
import { cn } from "../ui/cn";

type Option = { value: string; label: ReactNode };

/**
 * A group of real radio buttons or checkboxes in a fieldset with a legend: keyboard-usable, each
 * with its own label, and the chosen one marked by a ring and bold text, not by colour alone.
 * `input` is what react-hook-form's register() returns for the group's field.
 */
export function ChoiceGroup({
  type,
  legend,
  hint,
  options,
  error,
  className,
  input,
}: {
  type: "radio" | "checkbox";
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  error?: string;
  className?: string;
  input: Omit<ComponentProps<"input">, "type" | "value" | "id">;
}) {
  const id = useId();
  const errorText = useErrorText();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={cn("space-y-2", className)} aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium text-slate-900">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          // relative: the visually hidden input sits under its own pill, so a pointer on the pill
          // reaches the input's label and never another element.
          <div key={o.value} className="relative">
            <input id={`${id}-${o.value}`} type={type} value={o.value} className="peer sr-only" {...input} />
            <label
              htmlFor={`${id}-${o.value}`}
              className="inline-flex cursor-pointer items-center gap-1 rounded-full bg-white px-3 py-1.5 text-sm text-slate-800 ring-1 ring-slate-300 peer-checked:bg-brand-50 peer-checked:font-semibold peer-checked:text-brand-800 peer-checked:ring-2 peer-checked:ring-brand-600 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600"
            >
              {o.label}
            </label>
          </div>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errorText(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
