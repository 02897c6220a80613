"use client";

import Link from "next/link";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { revealCustomerSchema, type RevealCustomerInput } from "@/lib/schemas/request-work";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Revealed = { phone: string; idNumber: string | null };
type Props = {
  srn: string;
  customer: { name: string; type: string; phone: string; idNumberMasked: string | null };
  line: { number: string; kind: string; status: string; plan: { name: string; nameEn: string } } | null;
  /** The customer 360 page, when the viewer may open it (customer:read). */
  profileHref?: string;
  /** The reveal action, when the viewer may reveal (customer:reveal). */
  reveal?: (input: RevealCustomerInput) => Promise<ClientActionResult<Revealed>>;
};

/**
 * The customer at a glance, masked. Revealing asks for a reason; the full values come back from
 * the audited action and live only in this component's state (gone on reload).
 */
export function CustomerCard({ srn, customer, line, profileHref, reveal }: Props) {
  const t = useTranslations("work.customer");
  const ta = useTranslations("admin");
  const tr = useTranslations("request");
  const tl = useTranslations("termination.lineStatus");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const row = (label: string, value: string) => (
    <div className="flex flex-wrap justify-between gap-x-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-3 text-sm">
      <p className="text-base font-medium">
        {profileHref ? (
          <Link href={profileHref} prefetch={false} className="text-brand-700 underline">
            {customer.name}
          </Link>
        ) : (
          customer.name
        )}
      </p>
      <p className="text-slate-700">{ta(`customerType.${customer.type}` as "customerType.PERSONAL")}</p>
      <dl className="space-y-1">
        {row(t("phone"), revealed?.phone ?? customer.phone)}
        {row(t("idNumber"), (revealed ? revealed.idNumber : customer.idNumberMasked) ?? t("noIdNumber"))}
        {line ? (
          <>
            {row(t("line"), `${line.number}（${tr(`kind.${line.kind}` as "kind.MOBILE")}）`)}
            {row(t("plan"), locale === "en" ? line.plan.nameEn : line.plan.name)}
            {row(t("lineStatus"), tl(line.status as "ACTIVE"))}
          </>
        ) : (
          row(t("line"), t("noLine"))
        )}
      </dl>
      {revealed ? (
        <div className="space-y-2">
          <p role="status" className="rounded-md bg-amber-50 p-2 text-amber-900 ring-1 ring-amber-200">
            {t("revealed")}
          </p>
          <Button type="button" variant="secondary" onClick={() => setRevealed(null)}>
            {t("hide")}
          </Button>
        </div>
      ) : reveal ? (
        open ? (
          <RevealForm srn={srn} action={reveal} onDone={(v) => (setRevealed(v), setOpen(false))} onCancel={() => setOpen(false)} />
        ) : (
          <div className="space-y-1">
            <p className="text-xs text-slate-600">{t("masked")}</p>
            <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
              {t("reveal")}
            </Button>
          </div>
        )
      ) : (
        <p className="text-xs text-slate-600">{t("masked")}</p>
      )}
    </div>
  );
}

function RevealForm({ srn, action, onDone, onCancel }: { srn: string; action: NonNullable<Props["reveal"]>; onDone: (v: Revealed) => void; onCancel: () => void }) {
  const t = useTranslations("work.customer");
  const { form, onSubmit, formError } = useActionForm({ schema: revealCustomerSchema, action, defaultValues: { srn, reason: "" }, onSuccess: onDone });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("revealTitle")}>
      <FormError error={formError} />
      <TextAreaField label={t("revealReason")} hint={t("revealHint")} maxLength={200} autoFocus error={errors.reason?.message} {...form.register("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("revealing") : t("revealSubmit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("revealCancel")}
        </Button>
      </div>
    </form>
  );
}
