import base from "./playwright.config";
// Local only (not committed): the same suite with longer waits, for a machine under heavy load.
export default { ...base, timeout: 180_000, expect: { timeout: 40_000 } };
