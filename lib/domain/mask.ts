// Display masking. Masking happens on the server before data leaves it; revealing a full
// value is an audited staff action.

/** 13812345678 → 138****5678; other lengths keep their first 3 and last 4 where possible. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const digits = phone.trim();
  if (digits.length <= 4) return "*".repeat(digits.length);
  if (digits.length < 8) return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110101199003071234 → 1101**********1234 (first 4, last 4). */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return "";
  const value = id.trim();
  if (value.length <= 8) return "*".repeat(value.length);
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}

/** zhang.wei@example.com → z*******@example.com */
export function maskEmail(email: string | null | undefined): string {
  if (!email) return "";
  const at = email.indexOf("@");
  if (at <= 0) return maskPhone(email);
  return `${email[0]}${"*".repeat(Math.max(at - 1, 1))}${email.slice(at)}`;
}

/** Last four digits of a phone number, for tracking and support conversations. */
export function phoneTail(phone: string): string {
  return phone.slice(-4);
}
