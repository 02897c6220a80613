"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { loginFormSchema } from "@/lib/schemas/auth";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { next: string | null; action: (input: { identifier: string; password: string; next?: string }) => Promise<ClientActionResult<null>> };

export function LoginForm({ next, action }: Props) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError } = useActionForm({
    schema: loginFormSchema,
    action,
    defaultValues: { identifier: "", password: "", next: next ?? undefined },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <TextField label={t("identifier")} autoComplete="username" inputMode="email" error={errors.identifier?.message} {...form.register("identifier")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submittingLogin") : t("submitLogin")}
      </Button>
      <p className="text-center text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-medium text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
    </form>
  );
}
