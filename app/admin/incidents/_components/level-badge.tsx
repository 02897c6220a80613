import { getTranslations } from "next-intl/server";
import type { IncidentLevel } from "@/lib/domain/incidents";
import { Badge } from "@/components/ui/badge";

const TONE = { I: "danger", II: "warning", III: "info" } as const;

/** The emergency level with its name (I 特别重大, II 重大, III 较大). */
export async function LevelBadge({ level }: { level: IncidentLevel }) {
  const t = await getTranslations("incidents");
  return <Badge tone={TONE[level]}>{t("levelBadge", { level, name: t(`level.${level}.name`) })}</Badge>;
}
