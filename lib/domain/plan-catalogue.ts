// The plan catalogue's admin rules (/admin/plans): a monthly fee is entered in yuan with at most
// two decimals and stored in fen; allowances are whole numbers, blank meaning unlimited or not
// applicable (null, as the catalogue shows it); a plan some line is on keeps its kind.

/** Yuan as typed: digits, optionally a point and one or two decimals; never negative. */
export const YUAN_INPUT = /^\d{1,6}(?:\.\d{1,2})?$/;
/** The largest monthly fee accepted, in yuan. */
export const MAX_FEE_YUAN = 999_999.99;

/** "58" → 5800, "58.5" → 5850, "0.05" → 5; null for anything YUAN_INPUT refuses. Exact: no floats. */
export function yuanToFen(input: string): number | null {
  const v = input.trim();
  if (!YUAN_INPUT.test(v)) return null;
  const [whole, decimals = ""] = v.split(".");
  return Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
}

/** 5850 → "58.50": the fee as the edit form shows it. */
export function fenToYuanInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** An allowance field: "" → null (unlimited / not applicable), "300" → 300. */
export function countOrNull(input: string): number | null {
  const v = input.trim();
  return v === "" ? null : Number(v);
}

/** A plan's kind may change only while no line is on it and no pending change moves a line to it. */
export function kindChangeAllowed(current: string, next: string, linesOnPlan: number): boolean {
  return current === next || linesOnPlan === 0;
}
