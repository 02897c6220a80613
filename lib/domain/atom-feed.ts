// A minimal Atom 1.0 (RFC 4287) writer for the status page's feed: text content only, every
// value XML-escaped, the elements a feed and its entries must carry (id, title, updated) plus
// the self and alternate links.

export type AtomEntry = {
  /** A permanent IRI, e.g. a tag: URI (RFC 4151). */
  id: string;
  title: string;
  updated: Date;
  /** Plain text; escaped, never markup. */
  content: string;
  /** The page a reader opens (absolute URL). */
  link: string;
  published?: Date;
  categories?: readonly string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  /** The page it mirrors (rel="alternate"). */
  pageUrl: string;
  author: string;
  /** When there are no entries, the feed's updated time. */
  fallbackUpdated: Date;
  entries: readonly AtomEntry[];
};

// Characters XML 1.0 does not allow at all (control characters other than tab, LF and CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const el = (name: string, value: string, indent: string) => `${indent}<${name}>${escapeXml(value)}</${name}>`;
const link = (rel: string, href: string, type: string, indent: string) => `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

/** The feed as an XML document. The feed's updated time is its newest entry's. */
export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.entries.length ? new Date(0) : feed.fallbackUpdated);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    el("id", feed.id, "  "),
    el("title", feed.title, "  "),
    ...(feed.subtitle ? [el("subtitle", feed.subtitle, "  ")] : []),
    el("updated", updated.toISOString(), "  "),
    link("self", feed.selfUrl, "application/atom+xml", "  "),
    link("alternate", feed.pageUrl, "text/html", "  "),
    `  <author>`,
    el("name", feed.author, "    "),
    `  </author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry>`,
      el("id", entry.id, "    "),
      el("title", entry.title, "    "),
      el("updated", entry.updated.toISOString(), "    "),
      ...(entry.published ? [el("published", entry.published.toISOString(), "    ")] : []),
      link("alternate", entry.link, "text/html", "    "),
      ...(entry.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      `    <content type="text">${escapeXml(entry.content)}</content>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}

/** A tag: URI (RFC 4151) for an entry, stable across hosts: tag:<authority>,<date>:<specific>. */
export function tagUri(authority: string, date: string, specific: string): string {
  return `tag:${authority},${date}:${specific}`;
}
