"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { cancelPlanChangeSchema, type CancelPlanChangeInput } from "@/lib/schemas/plans";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; action: (input: CancelPlanChangeInput) => Promise<ClientActionResult<{ srn: string }>> };

/** 取消变更: asks once more, then cancels the pending change and refreshes the page. */
export function CancelPlanChangeForm({ srn, action }: Props) {
  const t = useTranslations("plans.cancel");
  const router = useRouter();
  const pathname = usePathname();
  // Drops a one-off notice (?scheduled=…) that no longer describes the page.
  const onSuccess = () => (window.location.search ? router.replace(pathname) : router.refresh());
  const { form, onSubmit, formError } = useActionForm({ schema: cancelPlanChangeSchema, action, defaultValues: { srn }, onSuccess });
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) {
          e.preventDefault();
          return;
        }
        void onSubmit(e);
      }}
      className="space-y-3"
    >
      <FormError error={formError} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("cancelling") : t("button")}
      </Button>
    </form>
  );
}
