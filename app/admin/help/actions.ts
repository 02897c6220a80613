"use server";

import { helpArticleSchema, helpCategorySchema, previewMarkdownSchema, updateHelpArticleSchema, updateHelpCategorySchema } from "@/lib/schemas/help";
import { action } from "@/server/action";
import { createHelpArticle, createHelpCategory, previewHelpMarkdown, updateHelpArticle, updateHelpCategory } from "@/server/dal/help-admin";

// /admin/help: the DAL checks help:edit on every write.
export const createHelpArticleAction = action(helpArticleSchema, async (input, { actor }) => createHelpArticle(actor, input));

export const updateHelpArticleAction = action(updateHelpArticleSchema, async (input, { actor }) => updateHelpArticle(actor, input));

export const previewHelpMarkdownAction = action(previewMarkdownSchema, async ({ body }, { actor }) => ({ html: previewHelpMarkdown(actor, body) }));

export const createHelpCategoryAction = action(helpCategorySchema, async (input, { actor }) => createHelpCategory(actor, input));

export const updateHelpCategoryAction = action(updateHelpCategorySchema, async (input, { actor }) => updateHelpCategory(actor, input));
