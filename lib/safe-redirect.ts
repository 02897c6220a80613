/** A same-site path to return to after sign-in, or null when the value could leave the site. */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || value.length > 300) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f]/.test(value)) return null;
  try {
    const url = new URL(value, "http://servicehall.invalid");
    // Dot segments can collapse into "//host" ("/.//evil.com"), which browsers read as another site.
    if (url.origin !== "http://servicehall.invalid" || url.pathname.startsWith("//")) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
