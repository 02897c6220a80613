"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ClientActionResult } from "../forms/use-action-form";

export type Suggestion = { slug: string; title: string };
type Suggest = (input: { question: string }) => Promise<ClientActionResult<Suggestion[]>>;

/** Wait this long after the last keystroke before asking. */
export const SUGGEST_DEBOUNCE_MS = 300;
export const SUGGEST_MIN_CHARS = 2;

/**
 * FAQ articles that may answer what the customer is typing (R2.2 self-help), in a polite live
 * region. Links open in a new tab so that the question typed so far stays in the form.
 */
export function FaqSuggestions({ text, suggest }: { text: string; suggest: Suggest }) {
  const t = useTranslations("help.suggest");
  const [items, setItems] = useState<Suggestion[]>([]);
  const latest = useRef(0);
  const query = text.trim();
  const enough = [...query].length >= SUGGEST_MIN_CHARS;

  useEffect(() => {
    if (!enough) return;
    // Only the answer to the newest text is shown, whatever order the answers arrive in.
    const id = ++latest.current;
    const timer = setTimeout(() => {
      suggest({ question: query })
        .then((result) => {
          if (id === latest.current && result.ok) setItems(result.data);
        })
        .catch(() => {
          // Suggestions are a help, not a step: a failure leaves the form as it is.
        });
    }, SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, enough, suggest]);

  const shown = enough ? items : [];
  return (
    <div aria-live="polite" className="empty:hidden">
      {shown.length ? (
        // Named apart from its heading: the form's own tests find the question box by the label
        // 您的问题, which the heading also contains.
        <section aria-label={t("label")} className="rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
          <h2 className="text-sm font-semibold text-slate-900">
            {t("title")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {shown.map((s) => (
              <li key={s.slug}>
                <a href={`/help/${s.slug}`} target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
                  {s.title}
                  <span className="sr-only"> {t("newTab")}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
