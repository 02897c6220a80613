"use server";

import { z } from "zod";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { trackingRequestSchema, trackingVerifySchema } from "@/lib/schemas/tracking";
import { publicAction } from "@/server/action";
import { endTracking, requestTrackingCode, verifyTrackingCode, type TrackingVisitor } from "@/server/dal/tracking";
import { getRequestMeta } from "@/server/request-context";
import { clearTrackingToken, readTrackingToken, setTrackingToken } from "@/server/tracking-cookie";

async function visitor(): Promise<TrackingVisitor> {
  const [{ ip }, locale] = await Promise.all([getRequestMeta(), getLocale()]);
  return { ip, locale: isLocale(locale) ? locale : DEFAULT_LOCALE };
}

// Step 1: always the same answer, whether or not a code was sent.
export const requestTrackingCodeAction = publicAction(trackingRequestSchema, async (input) => {
  return requestTrackingCode(await visitor(), input);
});

// Step 2: a right code sets the grant cookie; the page then shows the request.
export const verifyTrackingCodeAction = publicAction(trackingVerifySchema, async (input) => {
  const { token, expiresAt } = await verifyTrackingCode(await visitor(), input);
  await setTrackingToken(token, expiresAt);
  return { srn: input.srn };
});

export const endTrackingAction = publicAction(z.object({}), async () => {
  await endTracking({ token: await readTrackingToken() });
  await clearTrackingToken();
  return null;
});
