"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print styles leave out the site's header and buttons). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
