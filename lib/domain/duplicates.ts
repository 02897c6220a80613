import type { RequestType } from "./roles";

// 一事一报: one matter per request. A new request duplicates an open one of the same type on the
// same line; without a line (a service opening, a general question) it duplicates one of the same
// type and subject (service kind or topic) at the same address. The form warns with this before
// submitting, and the DAL checks it again.
export type DuplicateCandidate = { type: RequestType; lineId: string | null; title: string; address: string | null };
export type OpenRequestRef = DuplicateCandidate & { srn: string; status: string };

/** Addresses compare without spaces and case ("望京街 8 号" = "望京街8号"). */
export function normalizeAddress(address: string | null | undefined): string {
  return (address ?? "").replace(/\s+/g, "").toLowerCase();
}

export function duplicateKey(c: DuplicateCandidate): string {
  return c.lineId ? `${c.type}|line|${c.lineId}` : `${c.type}|${c.title}|${normalizeAddress(c.address)}`;
}

/** The newest open request that the candidate would duplicate (`open` is newest first). */
export function findOpenDuplicate<T extends OpenRequestRef>(open: readonly T[], candidate: DuplicateCandidate): T | undefined {
  const key = duplicateKey(candidate);
  return open.find((r) => duplicateKey(r) === key);
}
