import { useTranslations } from "next-intl";

// The live-block syntax (lib/domain/outcome-blocks.ts), shown beside the editor. The examples
// are syntax, not prose: they stay as written in every language.
const SYNTAX = "{{metric <key> <days> [field=value …]}}";
const EXAMPLE_1 = "{{metric csat 90}}";
const EXAMPLE_2 = "{{metric complaints 30 category=BILLING area=北京市}}";
const CHART = "{{project-chart}}";

const code = (text: string) => <code className="break-all rounded bg-slate-100 px-1 font-mono text-xs text-slate-900">{text}</code>;

export function BlockHelp() {
  const t = useTranslations("outcomes.admin");
  return (
    <details className="rounded-lg bg-brand-50 p-4 text-sm text-slate-800 ring-1 ring-brand-100">
      <summary className="cursor-pointer font-medium text-brand-800">{t("blocksTitle")}</summary>
      <p className="mt-2">{t("blocksHelp")}</p>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        <li>{t.rich("blocksMetric", { syntax: () => code(SYNTAX), example1: () => code(EXAMPLE_1), example2: () => code(EXAMPLE_2) })}</li>
        <li>{t.rich("blocksChart", { chart: () => code(CHART) })}</li>
      </ul>
      <p className="mt-2">{t("editableNote")}</p>
    </details>
  );
}
