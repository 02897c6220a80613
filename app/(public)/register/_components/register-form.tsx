"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { registerSchema, type RegisterInput } from "@/lib/schemas/auth";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

export function RegisterForm({ action }: { action: (input: RegisterInput) => Promise<ClientActionResult<null>> }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError } = useActionForm({
    schema: registerSchema,
    action,
    defaultValues: { name: "", phone: "", email: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <TextField label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField label={t("phone")} type="tel" inputMode="numeric" autoComplete="tel" error={errors.phone?.message} {...form.register("phone")} />
      <TextField label={t("email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <TextField label={t("newPassword")} type="password" autoComplete="new-password" hint={t("passwordHint")} error={errors.password?.message} {...form.register("password")} />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submittingRegister") : t("submitRegister")}
      </Button>
      <p className="text-center text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/login" className="font-medium text-brand-700 underline">
          {t("loginLink")}
        </Link>
      </p>
    </form>
  );
}
