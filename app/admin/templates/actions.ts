"use server";

import { setTemplateActiveSchema, templateSchema, updateTemplateSchema } from "@/lib/schemas/templates";
import { staffAction } from "@/server/action";
import { createTemplate, setTemplateActive, updateTemplate } from "@/server/dal/template-admin";

// /admin/templates: template:manage, checked here and again by the DAL on every write.
export const createTemplateAction = staffAction("template:manage", templateSchema, async (input, { actor }) => createTemplate(actor, input));

export const updateTemplateAction = staffAction("template:manage", updateTemplateSchema, async (input, { actor }) => updateTemplate(actor, input));

export const setTemplateActiveAction = staffAction("template:manage", setTemplateActiveSchema, async (input, { actor }) => setTemplateActive(actor, input));
