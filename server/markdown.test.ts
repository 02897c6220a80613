import { describe, expect, it } from "vitest";
import { isSafeHref, renderMarkdown } from "./markdown";

/** Every tag name in the output. */
const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
/** Every attribute name in the output. */
const attributes = (html: string) => [...html.matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1]!.toLowerCase());

describe("renderMarkdown", () => {
  it("renders the Markdown an FAQ needs", () => {
    const html = renderMarkdown("# 标题\n\n正文 **重点** *强调* `代码`\n\n- 一\n- 二\n\n3. 三\n4. 四\n\n> 提示\n\n```\nping 10.0.0.1\n```\n\n---");
    expect(html).toContain("<h2>标题</h2>");
    expect(html).toContain("<strong>重点</strong>");
    expect(html).toContain("<em>强调</em>");
    expect(html).toContain("<code>代码</code>");
    expect(html).toContain("<ul>\n<li>一</li>");
    expect(html).toContain('<ol start="3">');
    expect(html).toContain("<blockquote>\n<p>提示</p>\n</blockquote>");
    expect(html).toContain("<pre><code>ping 10.0.0.1\n</code></pre>");
    expect(html).toContain("<hr />");
  });

  it("renders tables with their alignment", () => {
    const html = renderMarkdown("| 项目 | 费用 |\n|---|--:|\n| 月租 | 58 元 |");
    expect(tags(html)).toEqual(["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]);
    expect(html).toContain('<td align="right">58 元</td>');
  });

  it("keeps one h1 per page: headings become h2–h4", () => {
    expect(tags(renderMarkdown("# a\n\n## b\n\n##### c\n\n###### d"))).toEqual(["h2", "h2", "h4", "h4"]);
  });

  it("keeps http, https, mailto and relative links, with rel=noopener noreferrer", () => {
    const html = renderMarkdown("[官网](https://www.miit.gov.cn) [旧](http://example.com/a?b=1&c=2) [信](mailto:help@example.com) [内](/help/port-number)");
    expect(html).toBe(
      '<p><a href="https://www.miit.gov.cn" rel="noopener noreferrer">官网</a> <a href="http://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">旧</a> ' +
        '<a href="mailto:help@example.com" rel="noopener noreferrer">信</a> <a href="/help/port-number" rel="noopener noreferrer">内</a></p>',
    );
  });

  describe("XSS vectors", () => {
    it("drops script tags and their content", () => {
      for (const md of ["<script>alert(1)</script>安全", "安全<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>安全"]) {
        const html = renderMarkdown(md);
        expect(html, md).not.toMatch(/<script/i);
        expect(html, md).not.toContain("alert(1)</");
        expect(html, md).toContain("安全");
      }
    });

    it("turns javascript:, data:, vbscript: and protocol-relative links into plain text", () => {
      for (const href of [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "jav&#x61;script:alert(1)",
        "&#106;avascript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "//evil.example/",
      ]) {
        for (const md of [`[点我](${href})`, `<a href="${href}">点我</a>`]) {
          const html = renderMarkdown(md);
          expect(html, md).not.toMatch(/href/i);
          expect(tags(html), md).not.toContain("a");
          expect(html, md).toContain("点我");
        }
      }
    });

    it("drops event handler and style attributes", () => {
      const html = renderMarkdown('<p onclick="alert(1)" style="color:red" class="x" id="y">段落</p>\n\n<a href="https://ok.example" onmouseover="alert(1)" target="_blank">链接</a>');
      expect(attributes(html).sort()).toEqual(["href", "rel"]);
      expect(html).not.toMatch(/on\w+=/i);
      expect(html).toContain("段落");
    });

    it("drops raw HTML that is not on the allow-list, keeping only harmless text", () => {
      const md =
        '<img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe><svg onload=alert(1)><circle/></svg>' +
        '<style>body{display:none}</style><form action="https://evil.example"><input name=p></form><object data=x></object>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>文字';
      const html = renderMarkdown(md);
      for (const tag of ["img", "iframe", "svg", "style", "form", "input", "object", "math", "mglyph"]) expect(tags(html), tag).not.toContain(tag);
      expect(html).not.toMatch(/onerror|onload|alert/i);
    });

    it("shows an image's description instead of loading it", () => {
      expect(renderMarkdown("![营业厅地址图](https://img.example/map.png)")).toBe("<p>营业厅地址图</p>");
      // Markup in the description is shown as text, never parsed.
      const html = renderMarkdown('![<img src=x onerror=alert(1)>](https://img.example/a.png)');
      expect(tags(html)).toEqual(["p"]);
      expect(html).toContain("&lt;img");
    });

    it("escapes HTML inside code", () => {
      expect(renderMarkdown("`<script>alert(1)</script>`")).toBe("<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>");
    });
  });
});

describe("isSafeHref", () => {
  it("accepts the web, e-mail and this site", () => {
    for (const href of ["https://a.example", "http://a.example", "mailto:a@b.cn", "/help", "help/x", "#top", "?q=1"]) expect(isSafeHref(href), href).toBe(true);
  });

  it("refuses every other scheme and other hosts without a scheme", () => {
    for (const href of ["javascript:x", "JAVASCRIPT:x", " java\nscript:x", "data:x", "vbscript:x", "file:///etc/passwd", "//evil.example", "\\\\evil.example", "/\\evil.example"]) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});
