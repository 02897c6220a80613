import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, matchAcceptLanguage } from "./i18n";

describe("matchAcceptLanguage", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB", "en"],
    ["EN-gb", "en"],
    ["zh-TW", "zh-CN"],
    ["zh-Hant-HK,zh;q=0.8", "zh-CN"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["en;q=0.5, zh;q=0.8", "zh-CN"],
    ["zh;q=0.2, en;q=0.7", "en"],
    ["en;q=0, zh-CN;q=0.1", "zh-CN"],
    ["de, en", "en"],
    ["en ; q=0.9 , fr", "en"],
  ] as const)("%j → %s", (header, expected) => {
    expect(matchAcceptLanguage(header)).toBe(expected);
  });

  it("keeps header order among equal q-values", () => {
    expect(matchAcceptLanguage("en, zh")).toBe("en");
    expect(matchAcceptLanguage("zh, en")).toBe("zh-CN");
  });

  it.each(["", "garbage", "*", ";;;,,,", "fr-FR, de", "en;q=0", "en;q=abc", null, undefined])("falls back to zh-CN for %j", (header) => {
    expect(matchAcceptLanguage(header)).toBe("zh-CN");
  });

  it("defaults to Simplified Chinese", () => {
    expect(DEFAULT_LOCALE).toBe("zh-CN");
  });
});

describe("isLocale", () => {
  it("accepts supported locales only", () => {
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("zh-TW")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
