"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { HELP_LIMITS, helpCategorySchema, updateHelpCategorySchema, type HelpCategoryInput } from "@/lib/schemas/help";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Original = { slug: string; name: string; nameEn: string; sort: number };
type Props =
  | { mode: "create"; action: (input: HelpCategoryInput) => Promise<ClientActionResult<Original>> }
  | { mode: "update"; id: string; original: Original; action: (input: HelpCategoryInput & { id: string; original: Original }) => Promise<ClientActionResult<Original>> };

/** Adds a category, or edits one against the values it was loaded with (a change in between is a conflict). */
export function CategoryForm(props: Props) {
  const t = useTranslations("help.admin");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const update = props.mode === "update";
  const empty: HelpCategoryInput = { slug: "", name: "", nameEn: "", sort: 100 };
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updateHelpCategorySchema : helpCategorySchema,
    action: props.action as (input: HelpCategoryInput) => Promise<ClientActionResult<Original>>,
    defaultValues: (update ? { ...props.original, id: props.id, original: props.original } : empty) as HelpCategoryInput,
    onSuccess: (saved) => {
      if (!update) form.reset(empty);
      // The next save of this form is checked against what was just saved.
      else form.reset({ ...saved, id: props.id, original: saved } as HelpCategoryInput);
      setDone(true);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setDone(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {done ? <Alert tone="success">{update ? t("categorySaved") : t("categoryAdded")}</Alert> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("categoryName")} lang="zh-CN" maxLength={HELP_LIMITS.categoryNameMax} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("categoryNameEn")} lang="en" maxLength={HELP_LIMITS.categoryNameMax} error={errors.nameEn?.message} {...form.register("nameEn")} />
        <TextField label={t("categorySlug")} hint={t("categorySlugHint")} maxLength={HELP_LIMITS.slugMax} autoComplete="off" spellCheck={false} error={errors.slug?.message} {...form.register("slug")} />
        <TextField label={t("categorySort")} type="number" inputMode="numeric" min={0} max={HELP_LIMITS.sortMax} error={errors.sort?.message} {...form.register("sort")} />
      </div>
      <Button type="submit" variant={update ? "secondary" : "primary"} disabled={isSubmitting}>
        {isSubmitting ? t("saving") : update ? t("saveCategory") : t("addCategory")}
      </Button>
    </form>
  );
}
