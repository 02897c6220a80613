import { redirect } from "next/navigation";
import { requireActor } from "@/server/actor";

// Where sign-in lands: customers go to their requests, staff to their workspace.
export default async function AccountHome() {
  const actor = await requireActor("/account");
  redirect(actor.kind === "staff" ? "/admin" : "/account/requests");
}
