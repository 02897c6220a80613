"use server";

import { teamSchema, updateTeamSchema } from "@/lib/schemas/administration";
import { staffAction } from "@/server/action";
import { createTeam, updateTeam } from "@/server/dal/admin-teams";

// /admin/teams: team:manage, checked here and again by the DAL.
export const createTeamAction = staffAction("team:manage", teamSchema, async (input, { actor }) => createTeam(actor, input));

export const updateTeamAction = staffAction("team:manage", updateTeamSchema, async (input, { actor }) => updateTeam(actor, input));
