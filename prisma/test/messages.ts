// The translation files as flat key sets, for tests that check message keys exist.
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

export const MESSAGE_FILES = { "zh-CN": zhCN, en } as const;

/** "a.b.c" for every leaf string of a nested messages object. */
export function flattenKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flattenKeys(v, prefix ? `${prefix}.${k}` : k));
}

const keySets = Object.fromEntries(Object.entries(MESSAGE_FILES).map(([locale, m]) => [locale, new Set(flattenKeys(m))]));

/** The locales that lack `key` (empty when every file has it). */
export function localesMissing(key: string): string[] {
  return Object.entries(keySets)
    .filter(([, keys]) => !keys.has(key))
    .map(([locale]) => locale);
}
