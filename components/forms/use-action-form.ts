"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";

export type ClientActionResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * react-hook-form validated by the shared zod schema, submitting to a server action that
 * validates with the same schema. Server field errors map back onto the fields; anything else
 * becomes the form-level error. A thrown action (network, server fault) never loses the input.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (input: z.output<S>) => Promise<ClientActionResult<T> | undefined>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
  /** Called with the form-level error key, e.g. to refresh the page after a conflict. */
  onFailure?: (formError: string | undefined) => void;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  // True once the action said ok (react-hook-form's isSubmitSuccessful is also true after an
  // action that failed with only a form-level error, which would leave the button disabled).
  const [succeeded, setSucceeded] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ClientActionResult<T> | undefined;
    try {
      result = await options.action(values);
    } catch (error) {
      // A redirect() from the action is handled by Next.js and never reaches here as a result.
      if (error instanceof Error && error.message.includes("NEXT_REDIRECT")) throw error;
      setFormError("errors.unexpected");
      return;
    }
    if (!result) return;
    if (result.ok) {
      setSucceeded(true);
      options.onSuccess?.(result.data);
      return;
    }
    let focused = false;
    for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (name === "_form" || !messages[0]) continue;
      form.setError(name as Path<z.input<S>>, { message: messages[0] }, { shouldFocus: !focused });
      focused = true;
    }
    setFormError(result.formError ?? (focused ? null : "errors.unexpected"));
    options.onFailure?.(result.formError);
  });

  return { form, onSubmit, formError, setFormError, succeeded };
}
