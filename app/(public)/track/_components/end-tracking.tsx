"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function EndTracking({ action }: { action: (input: Record<string, never>) => Promise<unknown> }) {
  const t = useTranslations("track");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await action({});
          router.refresh();
        })
      }
    >
      {t("end")}
    </Button>
  );
}
