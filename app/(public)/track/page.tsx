import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getActor } from "@/server/actor";
import { getTrackedRequest } from "@/server/dal/tracking";
import { readTrackingToken } from "@/server/tracking-cookie";
import { ActionButton } from "@/components/forms/action-button";
import { TrackForm } from "./_components/track-form";
import { TrackedRequestView } from "./_components/tracked-request";
import { endTrackingAction, requestTrackingCodeAction, verifyTrackingCodeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("track"))("title") };
}

// Public: tracking one request without an account. The grant cookie, once a code is verified,
// opens a read-only view of that request for 30 minutes.
export default async function TrackPage() {
  const token = await readTrackingToken();
  const [t, format, request, actor] = await Promise.all([getTranslations("track"), getFormatter(), token ? getTrackedRequest({ token }) : null, getActor()]);
  if (request) {
    return (
      <div className="space-y-6">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 className="text-2xl font-bold tracking-tight text-slate-900">
              {t("title")} · <span className="font-mono">{request.srn}</span>
            </h1>
            <p className="mt-1 text-sm text-slate-700">{t("viewLead", { time: format.dateTime(request.grantExpiresAt, "short") })}</p>
          </div>
          <ActionButton action={endTrackingAction} label={t("end")} />
        </div>
        <TrackedRequestView request={request} now={new Date()} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("lead")}</p>
      <Card>
        <TrackForm requestCode={requestTrackingCodeAction} verify={verifyTrackingCodeAction} />
      </Card>
      {actor ? null : (
        <p className="mt-4 text-sm text-slate-700">
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("signInHint")}
          </Link>
        </p>
      )}
    </div>
  );
}
