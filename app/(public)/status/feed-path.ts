/** The Atom feed's path in the reader's language (zh-CN by default, ?lang=en for English). */
export function feedPath(locale: string): string {
  return locale === "en" ? "/status/feed.xml?lang=en" : "/status/feed.xml";
}
