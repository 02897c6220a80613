"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * A temporary password, shown this once: it lives only in this component's state (the server keeps
 * its hash), so leaving or reloading the page loses it — the admin resets it again if needed.
 */
export function TemporaryPassword({ password, title }: { password: string; title: string }) {
  const t = useTranslations("administration.users");
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={title}>
      <p>{t("tempPasswordLabel")}</p>
      <p className="my-2 flex flex-wrap items-center gap-3">
        <code data-testid="temporary-password" className="select-all rounded bg-white px-3 py-2 font-mono text-lg tracking-wider text-slate-900 ring-1 ring-emerald-300">
          {password}
        </code>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </p>
      <p>{t("handOver")}</p>
    </Alert>
  );
}
