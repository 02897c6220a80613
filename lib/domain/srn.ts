import { cstDayKey } from "./time";

// 服务请求编号: "SR" + yyyyMMdd (China Standard Time) + a 6-digit sequence of that day.
export const SRN_PATTERN = /^SR\d{8}\d{6}$/;
export const SRN_MAX_PER_DAY = 999_999;

export function formatSrn(at: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > SRN_MAX_PER_DAY) {
    throw new RangeError(`SRN sequence out of range: ${sequence}`);
  }
  return `SR${cstDayKey(at)}${String(sequence).padStart(6, "0")}`;
}

/** Accepts what customers type: spaces and lower case are forgiven. */
export function normalizeSrn(input: string): string | null {
  const value = input.replace(/\s+/g, "").toUpperCase();
  return SRN_PATTERN.test(value) ? value : null;
}
