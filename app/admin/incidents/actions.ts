"use server";

import { declareIncidentSchema, postIncidentUpdateSchema, restoreIncidentSchema, tickPlaybookStepSchema } from "@/lib/schemas/incidents";
import { staffAction } from "@/server/action";
import { declareIncident, postIncidentUpdate, restoreIncident, tickPlaybookStep } from "@/server/dal/incidents";

// /admin/incidents: incident:manage, checked here and again by the DAL on every write.
export const declareIncidentAction = staffAction("incident:manage", declareIncidentSchema, async (input, { actor }) => declareIncident(actor, input));

export const postIncidentUpdateAction = staffAction("incident:manage", postIncidentUpdateSchema, async (input, { actor }) => postIncidentUpdate(actor, input));

export const tickPlaybookStepAction = staffAction("incident:manage", tickPlaybookStepSchema, async (input, { actor }) => tickPlaybookStep(actor, input));

export const restoreIncidentAction = staffAction("incident:manage", restoreIncidentSchema, async (input, { actor }) => restoreIncident(actor, input));
