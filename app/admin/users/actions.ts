"use server";

import { createStaffUserSchema, resetStaffPasswordSchema, setStaffUserDisabledSchema, updateStaffUserSchema } from "@/lib/schemas/administration";
import { staffAction } from "@/server/action";
import { createStaffUser, resetStaffPassword, setStaffUserDisabled, updateStaffUser } from "@/server/dal/staff-users";

// /admin/users: user:manage, checked here and again by the DAL.
export const createStaffUserAction = staffAction("user:manage", createStaffUserSchema, async (input, { actor }) => createStaffUser(actor, input));

export const updateStaffUserAction = staffAction("user:manage", updateStaffUserSchema, async (input, { actor }) => updateStaffUser(actor, input));

export const setStaffUserDisabledAction = staffAction("user:manage", setStaffUserDisabledSchema, async (input, { actor }) => setStaffUserDisabled(actor, input));

export const resetStaffPasswordAction = staffAction("user:manage", resetStaffPasswordSchema, async (input, { actor }) => resetStaffPassword(actor, input));
