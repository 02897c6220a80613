import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

/** Liveness with a database round trip; 503 when the database does not answer. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json(ok ? { status: "ok" } : { status: "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
