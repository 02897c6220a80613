"use server";

import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { helpSuggestSchema, helpVoteSchema } from "@/lib/schemas/help";
import { publicAction } from "@/server/action";
import { suggestHelpArticles, voteOnArticle } from "@/server/dal/help";
import { readHelpVotes, rememberHelpVote } from "@/server/help-votes-cookie";
import { getRequestMeta } from "@/server/request-context";

// "Was this helpful?": anyone, once per article per browser (cookie), rate-limited per IP.
// A repeated vote changes nothing and answers with the browser's first vote.
export const voteHelpfulAction = publicAction(helpVoteSchema, async (input) => {
  const [votes, { ip }] = await Promise.all([readHelpVotes(), getRequestMeta()]);
  const earlier = votes.get(input.articleId);
  const { counted } = await voteOnArticle({ ip, alreadyVoted: !!earlier }, input);
  if (counted) await rememberHelpVote(input.articleId, input.helpful);
  return { helpful: earlier ?? input.helpful, counted };
});

// The consultation form's suggestions as the customer types: published articles only.
export const suggestHelpArticlesAction = publicAction(helpSuggestSchema, async ({ question }) => {
  const locale = await getLocale();
  return suggestHelpArticles(isLocale(locale) ? locale : DEFAULT_LOCALE, question);
});
