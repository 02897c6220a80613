import { useTranslations } from "next-intl";
import type { LifecycleStage } from "@/lib/schemas/customer-360";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<LifecycleStage, BadgeTone> = { NEW: "info", ACTIVE: "success", AT_RISK: "warning", CHURNED: "neutral" };

/** R4.1 lifecycle stage: 新客户, 活跃, 流失风险, 已流失. */
export function StageBadge({ stage }: { stage: LifecycleStage }) {
  const t = useTranslations("customer360");
  return <Badge tone={tones[stage]}>{t(`stageName.${stage}`)}</Badge>;
}
