import { useTranslations } from "next-intl";
import type { RequestStatus } from "@/lib/domain/roles";
import { Badge, type BadgeTone } from "../ui/badge";

const tones: Record<RequestStatus, BadgeTone> = {
  SUBMITTED: "info",
  ACCEPTED: "info",
  IN_PROGRESS: "warning",
  AWAITING_INFO: "warning",
  RESOLVED: "success",
  CLOSED: "neutral",
  RETURNED: "danger",
  WITHDRAWN: "neutral",
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("request.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
