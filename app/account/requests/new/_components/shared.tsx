"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { OpenRequestRef } from "@/lib/domain/duplicates";
import type { CreateRequestInput, CreatableType } from "@/lib/schemas/request-create";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type LineOption = { id: string; label: string; kind: string; status: string };

/** What the page gives every new-request form. */
export type NewRequestProps = {
  lines: LineOption[];
  /** The customer's open requests of this type, newest first (一事一报). */
  open: OpenRequestRef[];
  contactPhone: string;
  /** Today and the last bookable day, China time (yyyy-MM-dd). */
  today: string;
  lastDay: string;
  action: (input: CreateRequestInput) => Promise<ClientActionResult<{ srn: string }>>;
  /** Where a request's page is: the customer's own (default), or the staff page when staff enter it on the customer's behalf. */
  linkBase?: string;
};

export const CUSTOMER_REQUESTS = "/account/requests";

/** One key per form instance (a double click or a retried post creates one request), and where success goes. */
export function useCreateHelpers(linkBase = CUSTOMER_REQUESTS) {
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return { idempotencyKey, onSuccess: ({ srn }: { srn: string }) => router.push(`${linkBase}/${srn}?created=1`) };
}

/** 一事一报: the open request this one would duplicate, a link to it, and the "go on anyway" box. */
export function DuplicateWarning({
  type,
  duplicate,
  register,
  linkBase = CUSTOMER_REQUESTS,
}: {
  type: CreatableType;
  duplicate: OpenRequestRef | undefined;
  register: UseFormRegisterReturn;
  linkBase?: string;
}) {
  const t = useTranslations("newRequest");
  const tr = useTranslations("request");
  if (!duplicate) return null;
  return (
    <Alert tone="warning" title={t(`duplicateTitle.${type}`)}>
      <p>{t("duplicateText", { srn: duplicate.srn, status: tr(`status.${duplicate.status}` as "status.SUBMITTED") })}</p>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <Link href={`${linkBase}/${duplicate.srn}`} className="font-medium underline">
          {t("duplicateView")}
        </Link>
        <label className="flex items-center gap-2">
          <input type="checkbox" className="h-5 w-5" {...register} />
          {t("duplicateContinue")}
        </label>
      </div>
    </Alert>
  );
}

export function SubmitButton({ busy, blocked, label }: { busy: boolean; blocked: boolean; label: string }) {
  const t = useTranslations("newRequest");
  return (
    <Button type="submit" disabled={busy || blocked} className="w-full sm:w-auto">
      {busy ? t("submitting") : label}
    </Button>
  );
}
