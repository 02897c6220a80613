import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { resolveKindOf } from "@/lib/domain/sla";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import type { SetLevelInput } from "@/lib/schemas/sla";
import type { LevelChoices } from "@/server/dal/request-level";
import { LevelForm } from "./level-form";

/** 分级: the request's level and special flag, with each level's hours under the request's own policy. */
export async function LevelCard({ choices, action }: { choices: LevelChoices; action: (input: SetLevelInput) => Promise<ClientActionResult<unknown>> }) {
  const t = await getTranslations("sla.level");
  const fault = choices.type === "FAULT_REPAIR";
  const resolvesByHours = resolveKindOf(choices.type) === "hours";
  // "1 重大 · 网络中断：1 小时响应，2 小时恢复" — from the request's own policy version.
  const explain = (level: 1 | 2 | 3) =>
    [
      t(`name.${level}`, { level }),
      fault ? t(`fault.${level}`) : null,
      choices.respondHours ? t("respondWithin", { hours: choices.respondHours[level] }) : null,
      choices.resolveHours && resolvesByHours ? t(fault ? "restoreWithin" : "resolveWithin", { hours: choices.resolveHours[level] }) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <Card title={t("title")} titleId="level">
      <p className="mb-3 text-sm text-slate-700">{t("lead", { version: choices.policyVersion })}</p>
      <LevelForm
        srn={choices.srn}
        version={choices.version}
        level={choices.level}
        special={choices.special}
        canSetSpecial={choices.canSetSpecial}
        labels={{ 1: explain(1), 2: explain(2), 3: explain(3) }}
        specialHint={t("specialHint", { hours: choices.acceptHours, special: choices.acceptHoursSpecial })}
        action={action}
      />
    </Card>
  );
}
