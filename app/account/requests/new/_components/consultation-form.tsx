"use client";

import { useTranslations } from "next-intl";
import { findOpenDuplicate } from "@/lib/domain/duplicates";
import { CONSULTATION_TOPICS, consultationSchema, type ConsultationInput } from "@/lib/schemas/request-create";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { FaqSuggestions } from "@/components/help/faq-suggestions";
import { suggestHelpArticlesAction } from "@/app/(public)/help/actions";
import { DuplicateWarning, SubmitButton, useCreateHelpers, type NewRequestProps } from "./shared";

// FAQ articles that may answer the question are suggested while the customer types (R2.2).
export function ConsultationForm({ lines, open, action, linkBase }: NewRequestProps) {
  const t = useTranslations("consultationForm");
  const tn = useTranslations("newRequest");
  const tr = useTranslations("request");
  const { idempotencyKey, onSuccess } = useCreateHelpers(linkBase);
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: consultationSchema,
    action,
    defaultValues: {
      type: "CONSULTATION",
      lineId: "",
      topic: "" as ConsultationInput["topic"],
      question: "",
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess,
  });
  const { errors, isSubmitting } = form.formState;
  const [lineId, topic] = form.watch(["lineId", "topic"]);
  const duplicate = topic || lineId ? findOpenDuplicate(open, { type: "CONSULTATION", lineId: lineId || null, title: topic, address: null }) : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <SelectField label={t("topic")} error={errors.topic?.message} {...form.register("topic")}>
        <option value="">{tn("choose")}</option>
        {CONSULTATION_TOPICS.map((k) => (
          <option key={k} value={k}>
            {tr(`topic.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("line")} hint={t("lineHint")} error={errors.lineId?.message} {...form.register("lineId")}>
        <option value="">{t("noLine")}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <DuplicateWarning type="CONSULTATION" duplicate={duplicate} register={form.register("allowDuplicate")} linkBase={linkBase} />
      <TextAreaField label={t("question")} hint={t("questionHint")} maxLength={1000} error={errors.question?.message} {...form.register("question")} />
      <FaqSuggestions text={form.watch("question") ?? ""} suggest={suggestHelpArticlesAction} />
      <SubmitButton busy={isSubmitting || succeeded} blocked={!!duplicate && !form.watch("allowDuplicate")} label={t("submit")} />
    </form>
  );
}
