// A valid incident declaration as the staff form sends it (times in China time, `hours` from
// now), shared by the schema, DAL and fan-out tests; each overrides what it is about.
import { toCstLocal } from "@/lib/domain/time";
import type { DeclareIncidentData } from "@/lib/schemas/incidents";

const HOUR = 3_600_000;

/** A datetime-local value in China Standard Time, `hours` from now. */
export const cstLocalIn = (hours: number) => toCstLocal(new Date(Date.now() + hours * HOUR));

export function incidentDeclaration(over: Partial<DeclareIncidentData> = {}): DeclareIncidentData {
  return {
    title: "朝阳区移动网络中断",
    titleEn: "",
    summary: "朝阳区部分基站因光缆被挖断退服，抢修队伍已出发。",
    summaryEn: "",
    kind: "NETWORK",
    level: "II",
    services: ["MOBILE"],
    areas: ["北京市朝阳区"],
    startedAt: cstLocalIn(-1),
    estimatedRestoreAt: cstLocalIn(1),
    ...over,
  };
}
