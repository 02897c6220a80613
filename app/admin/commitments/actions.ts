"use server";

import { publishCommitmentSchema } from "@/lib/schemas/commitments";
import { staffAction } from "@/server/action";
import { publishCommitment } from "@/server/dal/commitments";

/** Publishes an edited commitment as the next version of its measure; the public page shows it at once. */
export const publishCommitmentAction = staffAction("commitment:manage", publishCommitmentSchema, async (input, { actor }) => publishCommitment(actor, input));
