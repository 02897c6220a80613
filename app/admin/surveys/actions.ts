"use server";

import { segmentSchema, waveSchema, waveStepSchema } from "@/lib/schemas/survey-waves";
import { staffAction } from "@/server/action";
import { closeWave, countSegment, createWave, sendWave, updateWave } from "@/server/dal/survey-waves";

// /admin/surveys: survey:manage, checked here and again by the DAL.
export const createWaveAction = staffAction("survey:manage", waveSchema, async (input, { actor }) => createWave(actor, input));

export const updateWaveAction = staffAction("survey:manage", waveSchema, async (input, { actor }) => updateWave(actor, input));

export const countSegmentAction = staffAction("survey:manage", segmentSchema, async (input, { actor }) => ({ count: await countSegment(actor, input) }));

export const sendWaveAction = staffAction("survey:manage", waveStepSchema, async (input, { actor }) => sendWave(actor, input));

export const closeWaveAction = staffAction("survey:manage", waveStepSchema, async (input, { actor }) => closeWave(actor, input));
