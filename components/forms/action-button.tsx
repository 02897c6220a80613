"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "../ui/button";

/**
 * A button that runs a server action without input and then refreshes the page (mark all as
 * read, end a tracking view). The label comes translated from the server component.
 */
export function ActionButton({ action, label, variant = "secondary" }: { action: (input: Record<string, never>) => Promise<unknown>; label: string; variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant={variant}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await action({});
          router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}
