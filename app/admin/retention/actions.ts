"use server";

import { cancelWinBackSchema, createWinBackSchema, recordWinBackCallSchema, rescoreAllSchema, rescoreCustomerSchema } from "@/lib/schemas/churn";
import { staffAction } from "@/server/action";
import { rescoreAll, rescoreCustomer } from "@/server/dal/churn";
import { cancelWinBackTask, createWinBackTask, recordWinBackCall } from "@/server/dal/winback";

// /admin/retention: churn:score rescores one customer (also from the customer 360 page) or all;
// winback:manage creates and works win-back tasks. Checked here first, and again by the DAL.
export const rescoreCustomerAction = staffAction("churn:score", rescoreCustomerSchema, async (input, { actor }) => rescoreCustomer(actor, input));

export const rescoreAllAction = staffAction("churn:score", rescoreAllSchema, async (_input, { actor }) => rescoreAll(actor));

export const createWinBackAction = staffAction("winback:manage", createWinBackSchema, async (input, { actor }) => createWinBackTask(actor, input));

export const recordWinBackCallAction = staffAction("winback:manage", recordWinBackCallSchema, async (input, { actor }) => recordWinBackCall(actor, input));

export const cancelWinBackAction = staffAction("winback:manage", cancelWinBackSchema, async (input, { actor }) => cancelWinBackTask(actor, input));
