import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// FAQ articles are written in Markdown by staff and read by everyone. They are rendered here,
// on the server, and only the sanitized HTML reaches a page (dangerouslySetInnerHTML of this
// output and nothing else). marked passes raw HTML through, so the allow-list below is what
// keeps script, event handlers, styles and javascript: links out — whatever an editor typed.

const marked = new Marked({ gfm: true, breaks: false, async: false });
// Images are not allowed (no remote content, no tracking pixels); their description stays as text.
marked.use({ renderer: { image: ({ text }) => escapeText(text) } });

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** http(s), mailto or an address on this site; never javascript:, data:, vbscript: or //host. */
export function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and blanks inside a scheme ("java\tscript:").
  const value = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (value.startsWith("//") || value.startsWith("\\\\") || value.startsWith("/\\")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "del", "code", "pre", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
  },
  // Links: the web, e-mail and addresses on this site (relative); never javascript:, data: or vbscript:.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Disallowed tags are dropped and their text kept; script, style and the like lose their content too.
  disallowedTagsMode: "discard",
  transformTags: {
    // The page's own title is the only h1; deeper headings are clamped to h4.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    b: "strong",
    i: "em",
    s: "del",
    // A link to anywhere else becomes its plain text (span is not allowed, so only the text stays).
    a: (tagName, attribs) =>
      attribs.href && isSafeHref(attribs.href) ? { tagName, attribs: { ...attribs, rel: "noopener noreferrer" } } : { tagName: "span", attribs: {} },
  },
  exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim(),
};

/** Markdown → HTML that is safe to put in a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE).trim();
}
