"use client";

import type { OpenComplaintRef } from "@/lib/domain/complaints";
import type { OpenRequestRef } from "@/lib/domain/duplicates";
import type { CreateComplaintInput } from "@/lib/schemas/complaint";
import type { CreateComplaintOnBehalfInput, CreateRequestOnBehalfInput, OnBehalfType, StaffChannel } from "@/lib/schemas/customer-360";
import type { CreateRequestInput } from "@/lib/schemas/request-create";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { ChangeForm } from "@/app/account/requests/new/_components/change-form";
import { ConsultationForm } from "@/app/account/requests/new/_components/consultation-form";
import { FaultForm } from "@/app/account/requests/new/_components/fault-form";
import { OpeningForm } from "@/app/account/requests/new/_components/opening-form";
import type { OutageView } from "@/app/account/requests/new/_components/outage-notice";
import type { LineOption } from "@/app/account/requests/new/_components/shared";
import { ComplaintForm } from "@/app/account/complaints/new/_components/complaint-form";

type Result = ClientActionResult<{ srn: string }>;

type Props = {
  type: OnBehalfType;
  customerId: string;
  channel: StaffChannel;
  lines: LineOption[];
  open: OpenRequestRef[];
  today: string;
  lastDay: string;
  sinceDefault: string;
  sinceMin: string;
  sinceMax: string;
  complaintTargets: Array<{ srn: string; label: string }>;
  openComplaints: OpenComplaintRef[];
  requestAction: (input: CreateRequestOnBehalfInput) => Promise<Result>;
  complaintAction: (input: CreateComplaintOnBehalfInput) => Promise<Result>;
  /** Active outages on the customer's lines, by line id (the fault form shows them to tell the customer). */
  outages?: Record<string, OutageView[]>;
};

const STAFF_REQUESTS = "/admin/requests";

/** The customer, the channel: what the staff action adds; a problem with either is the form's own error. */
function withOrigin<I>(action: (input: I & { customerId: string; channel: StaffChannel }) => Promise<Result>, customerId: string, channel: StaffChannel) {
  return async (input: I): Promise<Result> => {
    const result = await action({ ...input, customerId, channel });
    if (!result.ok && (result.fieldErrors?.customerId || result.fieldErrors?.channel)) {
      const { customerId: _c, channel: _ch, ...rest } = result.fieldErrors;
      return { ok: false, fieldErrors: rest, formError: result.fieldErrors.channel ? "customer360.errors.channel" : "errors.notFound" };
    }
    return result;
  };
}

/**
 * The customer's own form of the type — the same fields and zod schema — for this customer's lines,
 * submitting to the staff action with the customer and channel, and going on to the staff page.
 */
export function OnBehalfForm({ type, customerId, channel, lines, open, today, lastDay, sinceDefault, sinceMin, sinceMax, complaintTargets, openComplaints, requestAction, complaintAction, outages }: Props) {
  if (type === "COMPLAINT") {
    return <ComplaintForm targets={complaintTargets} open={openComplaints} about="" action={withOrigin<CreateComplaintInput>(complaintAction, customerId, channel)} linkBase={STAFF_REQUESTS} />;
  }
  // The contact phone is asked of the customer: staff never see the registered number in full.
  const props = { lines, open, contactPhone: "", today, lastDay, action: withOrigin<CreateRequestInput>(requestAction, customerId, channel), linkBase: STAFF_REQUESTS };
  if (type === "FAULT_REPAIR") return <FaultForm {...props} sinceDefault={sinceDefault} sinceMin={sinceMin} sinceMax={sinceMax} outages={outages} />;
  if (type === "SERVICE_OPENING") return <OpeningForm {...props} />;
  if (type === "BUSINESS_CHANGE") return <ChangeForm {...props} />;
  return <ConsultationForm {...props} />;
}
