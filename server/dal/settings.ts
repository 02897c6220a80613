import "server-only";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import type { NotificationSettingsInput } from "@/lib/schemas/settings";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, NotFoundError } from "../action";

/** Access: the signed-in user themself. Their notification preferences and where they go. */
export async function getMySettings(actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { notifySms: true, notifyEmail: true, locale: true, phone: true, email: true },
  });
  if (!user) throw new NotFoundError();
  return {
    notifySms: user.notifySms,
    notifyEmail: user.notifyEmail,
    locale: user.locale,
    phone: user.phone ? maskPhone(user.phone) : null,
    email: user.email ? maskEmail(user.email) : null,
  };
}
export type MySettings = Awaited<ReturnType<typeof getMySettings>>;

/**
 * Access: the signed-in user themself. SMS needs a phone number and e-mail an address on the
 * account; asking for either without one changes nothing. Audited with what changed.
 */
export async function updateMySettings(actor: Actor, input: NotificationSettingsInput) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { notifySms: true, notifyEmail: true, locale: true, phone: true, email: true },
    });
    if (!user) throw new NotFoundError();
    const fieldErrors: Record<string, string[]> = {};
    if (input.notifySms && !user.phone) fieldErrors.notifySms = ["errors.noPhone"];
    if (input.notifyEmail && !user.email) fieldErrors.notifyEmail = ["errors.noEmail"];
    if (Object.keys(fieldErrors).length) throw new ExpectedError("errors.settingsFailed", fieldErrors);
    const changed = (["notifySms", "notifyEmail", "locale"] as const).filter((k) => user[k] !== input[k]);
    if (changed.length) {
      await tx.user.update({ where: { id: actor.userId }, data: { notifySms: input.notifySms, notifyEmail: input.notifyEmail, locale: input.locale } });
      await audit(tx, actor, {
        action: "user.settings",
        targetType: "User",
        targetId: actor.userId,
        summary: Object.fromEntries(changed.map((k) => [k, input[k]])),
      });
    }
    return { notifySms: input.notifySms, notifyEmail: input.notifyEmail, locale: input.locale };
  });
}
