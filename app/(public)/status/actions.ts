"use server";

import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { statusConfirmSchema, statusSubscribeSchema, statusUnsubscribeSchema } from "@/lib/schemas/status";
import { publicAction } from "@/server/action";
import { cancelSubscription, confirmStatusSubscription, requestStatusSubscription, type StatusVisitor } from "@/server/dal/status-subscriptions";
import { getRequestMeta } from "@/server/request-context";

async function visitor(): Promise<StatusVisitor> {
  const [{ ip }, locale] = await Promise.all([getRequestMeta(), getLocale()]);
  return { ip, locale: isLocale(locale) ? locale : DEFAULT_LOCALE };
}

// Step 1: always the same answer, whether the address is new, pending, cancelled or subscribed.
export const subscribeStatusAction = publicAction(statusSubscribeSchema, async (input) => requestStatusSubscription(await visitor(), input));

// Step 2: the code sent to the address confirms the subscription.
export const confirmStatusAction = publicAction(statusConfirmSchema, async (input) => confirmStatusSubscription(await visitor(), input));

// The unsubscribe page's button (a POST; opening the link changes nothing).
export const unsubscribeStatusAction = publicAction(statusUnsubscribeSchema, async (input) => cancelSubscription(input.token));
