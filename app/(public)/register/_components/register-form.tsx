"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { registerSchema, type RegisterInput } from "@/lib/schemas/auth";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";

const checkbox = "mt-0.5 h-5 w-5 shrink-0 rounded border-slate-400 text-brand-600";

export function RegisterForm({ action }: { action: (input: RegisterInput) => Promise<ClientActionResult<null>> }) {
  const t = useTranslations("auth");
  const tp = useTranslations("privacy.register");
  const errorText = useErrorText();
  const { form, onSubmit, formError } = useActionForm({
    schema: registerSchema,
    action,
    defaultValues: { name: "", phone: "", email: "", password: "", confirmPassword: "", acceptPrivacy: false, marketingSms: false, marketingEmail: false },
  });
  const { errors, isSubmitting } = form.formState;
  const acceptError = errors.acceptPrivacy?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <TextField label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField label={t("phone")} type="tel" inputMode="numeric" autoComplete="tel" error={errors.phone?.message} {...form.register("phone")} />
      <TextField label={t("email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <TextField label={t("newPassword")} type="password" autoComplete="new-password" hint={t("passwordHint")} error={errors.password?.message} {...form.register("password")} />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      {/* PIPL arts. 14 and 16: consent to the notice is required; marketing is optional and unticked. */}
      <div className="space-y-1">
        <div className="flex items-start gap-3">
          <input id="accept-privacy" type="checkbox" className={checkbox} aria-invalid={acceptError ? true : undefined} aria-describedby={acceptError ? "accept-privacy-error" : undefined} {...form.register("acceptPrivacy")} />
          <label htmlFor="accept-privacy" className="text-sm text-slate-900">
            {tp("acceptBefore")}{" "}
            <Link href="/privacy" target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
              {tp("noticeLink")}
            </Link>{" "}
            {tp("acceptAfter")}
          </label>
        </div>
        {acceptError ? (
          <p id="accept-privacy-error" className="text-sm text-red-700">
            {errorText(acceptError)}
          </p>
        ) : null}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{tp("marketingLegend")}</legend>
        {(["marketingSms", "marketingEmail"] as const).map((name) => (
          <div key={name} className="flex items-start gap-3">
            <input id={`register-${name}`} type="checkbox" className={checkbox} {...form.register(name)} />
            <label htmlFor={`register-${name}`} className="text-sm text-slate-900">
              {tp(name)}
            </label>
          </div>
        ))}
      </fieldset>
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
