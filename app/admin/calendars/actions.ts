"use server";

import { addCalendarDaySchema, createCalendarSchema, removeCalendarDaySchema, updateCalendarSchema } from "@/lib/schemas/sla";
import { staffAction } from "@/server/action";
import { addCalendarDay, createCalendar, removeCalendarDay, updateCalendar } from "@/server/dal/calendars";

export const createCalendarAction = staffAction("sla:manage", createCalendarSchema, async (input, { actor }) => createCalendar(actor, input));

export const updateCalendarAction = staffAction("sla:manage", updateCalendarSchema, async (input, { actor }) => updateCalendar(actor, input));

export const addCalendarDayAction = staffAction("sla:manage", addCalendarDaySchema, async (input, { actor }) => addCalendarDay(actor, input));

export const removeCalendarDayAction = staffAction("sla:manage", removeCalendarDaySchema, async (input, { actor }) => removeCalendarDay(actor, input));
