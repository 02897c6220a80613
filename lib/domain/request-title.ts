import type { RequestType } from "./roles";

// A request's title is a code chosen on its form (the fault symptom, the service kind to open,
// the kind of change, the consultation topic). This names its message key under "request".
const TITLE_GROUP: Partial<Record<RequestType, string>> = {
  FAULT_REPAIR: "symptom",
  SERVICE_OPENING: "openingKind",
  BUSINESS_CHANGE: "changeKind",
  CONSULTATION: "topic",
};

export function titleKey(type: RequestType, title: string): string | null {
  const group = TITLE_GROUP[type];
  return group && /^[A-Z_]+$/.test(title) ? `${group}.${title}` : null;
}
