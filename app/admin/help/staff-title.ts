import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Permission } from "@/lib/domain/permissions";
import { getActor } from "@/server/actor";
import { can } from "@/server/policy";

/** Like server/staff-metadata.ts, with the help namespace: no title for those who get the 404. */
export async function helpStaffTitle(key: "title" | "newTitle" | "editTitle" | "viewTitle" | "categoriesTitle", permission: Permission = "admin:access"): Promise<Metadata> {
  const actor = await getActor();
  if (actor?.kind !== "staff" || !can(actor, permission)) return {};
  return { title: (await getTranslations("help.admin"))(key) };
}
