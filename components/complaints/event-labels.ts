import { useTranslations } from "next-intl";

const KINDS = ["created", "accept", "return", "withdraw", "start", "requestInfo", "provideInfo", "remedy", "resolve", "confirm", "reopen", "close", "rated"] as const;

/** A complaint's timeline steps in its own words (答复了投诉, 不接受答复 …), for the shared timeline. */
export function useComplaintEventLabels(): Record<string, string> {
  const t = useTranslations("complaints.event");
  return Object.fromEntries(KINDS.map((k) => [k, t(k)]));
}
