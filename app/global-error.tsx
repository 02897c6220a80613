"use client";

import zh from "@/messages/zh-CN.json";
import en from "@/messages/en.json";

// Shown only when the root layout itself fails, so no translation provider is available: the
// message is given in both languages, from the same message files as everything else.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{zh.errors.errorTitle}</h1>
          <p>{zh.errors.unexpected}</p>
          <p lang="en">{en.errors.unexpected}</p>
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", minHeight: 44 }}>
            {zh.errors.retry} / <span lang="en">{en.errors.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
