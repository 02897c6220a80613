import { cn } from "../ui/cn";

// Typography for rendered FAQ Markdown. `html` must come from server/markdown.ts renderMarkdown()
// (marked → sanitize-html allow-list): it is the only HTML this app inserts unescaped.
const prose = cn(
  "space-y-3 break-words text-base leading-relaxed text-slate-800 [&>:first-child]:mt-0",
  "[&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900",
  "[&_h3]:mt-5 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900",
  "[&_h4]:mt-4 [&_h4]:font-semibold [&_h4]:text-slate-900",
  "[&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_li_ul]:mt-1 [&_li_ol]:mt-1",
  "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-brand-600 [&_blockquote]:bg-brand-50 [&_blockquote]:px-4 [&_blockquote]:py-2 [&_blockquote]:text-slate-800",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-sm [&_pre]:whitespace-pre-wrap [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  // Tables and code wrap instead of scrolling: no scroll region to reach by keyboard at phone width.
  "[&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_td]:align-top [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_td]:border [&_td]:border-slate-300 [&_td]:px-3 [&_td]:py-2",
  "[&_hr]:my-6 [&_hr]:border-slate-200",
);

export function ArticleBody({ html, className }: { html: string; className?: string }) {
  return <div className={cn(prose, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
