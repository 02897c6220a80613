"use server";

import { helpArticleSchema, helpCategorySchema, previewMarkdownSchema, updateHelpArticleSchema, updateHelpCategorySchema } from "@/lib/schemas/help";
import { staffAction } from "@/server/action";
import { createHelpArticle, createHelpCategory, previewHelpMarkdown, updateHelpArticle, updateHelpCategory } from "@/server/dal/help-admin";

// /admin/help: help:edit, checked here and again by the DAL on every write.
export const createHelpArticleAction = staffAction("help:edit", helpArticleSchema, async (input, { actor }) => createHelpArticle(actor, input));

export const updateHelpArticleAction = staffAction("help:edit", updateHelpArticleSchema, async (input, { actor }) => updateHelpArticle(actor, input));

export const previewHelpMarkdownAction = staffAction("help:edit", previewMarkdownSchema, async ({ body }, { actor }) => ({ html: previewHelpMarkdown(actor, body) }));

export const createHelpCategoryAction = staffAction("help:edit", helpCategorySchema, async (input, { actor }) => createHelpCategory(actor, input));

export const updateHelpCategoryAction = staffAction("help:edit", updateHelpCategorySchema, async (input, { actor }) => updateHelpCategory(actor, input));
