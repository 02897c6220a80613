import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Permission } from "@/lib/domain/permissions";
import { getActor } from "./actor";
import { can } from "./policy";

/**
 * The <title> of a staff page, only for staff who may open it: metadata is rendered apart from
 * the page, and must not name staff pages to customers who get the 404.
 */
export async function staffTitle(key: string, permission: Permission = "admin:access", values?: Record<string, string>, namespace = "admin"): Promise<Metadata> {
  const actor = await getActor();
  if (actor?.kind !== "staff" || !can(actor, permission)) return {};
  const t = await getTranslations(namespace);
  return { title: t(key as "queueTitle", values) };
}
