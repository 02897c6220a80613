"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { COMPLAINT_CATEGORIES, findOpenComplaintAbout, type OpenComplaintRef } from "@/lib/domain/complaints";
import { createComplaintSchema, type CreateComplaintInput } from "@/lib/schemas/complaint";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  /** The customer's own requests that a complaint may be about, newest first, with their labels. */
  targets: Array<{ srn: string; label: string }>;
  /** The customer's open complaints and what each is about (一事一报). */
  open: OpenComplaintRef[];
  /** The SRN chosen by `?about=`, or "". */
  about: string;
  action: (input: CreateComplaintInput) => Promise<ClientActionResult<{ srn: string }>>;
  /** Where a request's page is: the customer's own (default), or the staff page for a complaint taken on the customer's behalf. */
  linkBase?: string;
};

export function ComplaintForm({ targets, open, about, action, linkBase = "/account/requests" }: Props) {
  const t = useTranslations("complaints");
  const tn = useTranslations("newRequest");
  const tr = useTranslations("request");
  const router = useRouter();
  // One key per form instance: a double click or a retried post creates one complaint.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: createComplaintSchema,
    action,
    defaultValues: {
      category: "" as CreateComplaintInput["category"],
      relatedSrn: about,
      description: "",
      desiredOutcome: "",
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess: ({ srn }) => router.push(`${linkBase}/${srn}?created=1`),
  });
  const { errors, isSubmitting } = form.formState;
  const [relatedSrn, allowDuplicate] = form.watch(["relatedSrn", "allowDuplicate"]);
  const duplicate = findOpenComplaintAbout(open, relatedSrn);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <SelectField label={t("form.category")} error={errors.category?.message} {...form.register("category")}>
        <option value="">{tn("choose")}</option>
        {COMPLAINT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("form.related")} hint={t("form.relatedHint")} error={errors.relatedSrn?.message} {...form.register("relatedSrn")}>
        <option value="">{t("form.relatedNone")}</option>
        {targets.map((r) => (
          <option key={r.srn} value={r.srn}>
            {r.label}
          </option>
        ))}
      </SelectField>
      {duplicate ? (
        <Alert tone="warning" title={t("form.duplicateTitle")}>
          <p>{t("form.duplicateText", { srn: duplicate.srn, status: tr(`status.${duplicate.status}`) })}</p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <Link href={`${linkBase}/${duplicate.srn}`} className="font-medium underline">
              {t("form.duplicateView")}
            </Link>
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...form.register("allowDuplicate")} />
              {t("form.duplicateContinue")}
            </label>
          </div>
        </Alert>
      ) : null}
      <TextAreaField label={t("form.description")} hint={t("form.descriptionHint")} maxLength={1000} error={errors.description?.message} {...form.register("description")} />
      <TextAreaField label={t("form.desiredOutcome")} hint={t("form.desiredOutcomeHint")} maxLength={500} error={errors.desiredOutcome?.message} {...form.register("desiredOutcome")} />
      <Button type="submit" disabled={isSubmitting || succeeded || (!!duplicate && !allowDuplicate)} className="w-full sm:w-auto">
        {isSubmitting || succeeded ? tn("submitting") : t("form.submit")}
      </Button>
    </form>
  );
}
