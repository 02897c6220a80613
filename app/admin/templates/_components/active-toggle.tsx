"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { SetTemplateActiveInput } from "@/lib/schemas/templates";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

/** 停用 / 启用: a stopped template is no longer offered to handlers; its text is kept. */
export function ActiveToggle({ id, version, active, action }: { id: string; version: number; active: boolean; action: (input: SetTemplateActiveInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("templates");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await action({ id, version, active: !active });
      if (result.ok) router.refresh();
      else setError(result.formError ?? "errors.unexpected");
    } catch {
      setError("errors.unexpected");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2">
      <FormError error={error} />
      <Button type="button" variant={active ? "danger" : "primary"} disabled={busy} onClick={() => void run()}>
        {busy ? t("saving") : active ? t("deactivate") : t("activate")}
      </Button>
    </div>
  );
}
