"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";

export function SignOutButton({ signOut }: { signOut: (input: Record<string, never>) => Promise<unknown> }) {
  const t = useTranslations("nav");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await signOut({})))}
      className="min-h-9 rounded px-1.5 py-1 whitespace-nowrap sm:px-2 text-sm text-white/90 hover:bg-white/10"
    >
      {t("logout")}
    </button>
  );
}
