import { useTranslations } from "next-intl";
import type { PrivacyRequestStatus } from "@/lib/domain/privacy";
import { Badge, type BadgeTone } from "../ui/badge";

const tones: Record<PrivacyRequestStatus, BadgeTone> = { OPEN: "info", COMPLETED: "success", REFUSED: "danger" };

export function PrivacyRequestStatusBadge({ status }: { status: PrivacyRequestStatus }) {
  const t = useTranslations("privacy.requests.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
