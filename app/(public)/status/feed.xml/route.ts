import { statusFeedXml } from "@/server/status-feed";

// The status page's Atom feed: public incident updates only, zh-CN unless ?lang=en.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "zh-CN";
  return new Response(await statusFeedXml(locale), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // Public data: readers and proxies may keep it for a minute.
      "Cache-Control": "public, max-age=60",
    },
  });
}
