import "server-only";
import { NextResponse } from "next/server";
import { cstDayKey } from "@/lib/domain/time";
import { getActor, type CustomerActor } from "./actor";
import { can } from "./policy";

// The download routes of the privacy centre (export.json, export.pdf). Route handlers are public
// endpoints like server actions: each resolves the actor itself. Anonymous visitors are sent to
// sign in; anyone but a customer gets a plain 404 (the DAL would refuse them too).

export async function exportActor(path: string): Promise<CustomerActor | NextResponse> {
  const actor = await getActor();
  if (!actor) return new NextResponse(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(path)}` } });
  if (actor.kind !== "customer" || !can(actor, "privacy:export:own")) return new NextResponse(null, { status: 404 });
  return actor;
}

/** A personal file: downloaded, never cached or sniffed. */
export function attachment(body: BodyInit, type: string, extension: string, now = new Date()) {
  return new NextResponse(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="servicehall-my-data-${cstDayKey(now)}.${extension}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
