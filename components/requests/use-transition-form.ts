"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import type { DefaultValues, FieldValues, Path, PathValue } from "react-hook-form";
import type { z } from "zod";
import { useActionForm, type ClientActionResult } from "../forms/use-action-form";

/**
 * A form that changes a request's status (accept, return, withdraw). After success the page
 * refreshes. After a conflict or a stale status the page reloads with `?notice=…`: the form may
 * no longer be on the new page (an accepted request has no accept form), so the page itself shows
 * what happened above the current state. The version the next submit is checked against follows
 * the page.
 */
export function useTransitionForm<S extends z.ZodType<FieldValues & { version: number }, FieldValues>>(options: {
  schema: S;
  action: (input: z.output<S>) => Promise<ClientActionResult<unknown>>;
  defaultValues: DefaultValues<z.input<S>>;
  version: number;
  /** Empties the form after a success (a note or a message: the form stays on the page for the next one). */
  resetOnSuccess?: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const result = useActionForm({
    schema: options.schema,
    action: options.action,
    defaultValues: options.defaultValues,
    // Drops one-off notices (?created, ?notice) that no longer describe the page.
    onSuccess: () => {
      if (options.resetOnSuccess) result.form.reset();
      if (window.location.search) router.replace(pathname);
      else router.refresh();
    },
    onFailure: (error) => {
      if (error === "errors.conflict") router.replace(`${pathname}?notice=conflict`);
      if (error === "errors.invalidState") router.replace(`${pathname}?notice=invalidState`);
    },
  });
  const { form } = result;
  useEffect(() => {
    form.setValue("version" as Path<z.input<S>>, options.version as PathValue<z.input<S>, Path<z.input<S>>>);
  }, [form, options.version]);
  return result;
}
