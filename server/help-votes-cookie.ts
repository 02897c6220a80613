import "server-only";
import { readAppCookie, setAppCookie } from "./app-cookies";

// "Was this helpful?" counts once per browser: the articles this browser voted on, and how,
// live in a cookie scoped to /help (the vote is posted from the article's page). It is a
// courtesy, not a control — the per-IP rate limit in server/dal/help.ts is the control.
const COOKIE = "sh_help_votes";
const PATH = "/help";
const MAX_VOTES = 200;
const ENTRY = /^([a-z0-9]{1,40})\.(y|n)$/;

export type HelpVote = "yes" | "no";

export async function readHelpVotes(): Promise<Map<string, HelpVote>> {
  const raw = (await readAppCookie(COOKIE)) ?? "";
  const votes = new Map<string, HelpVote>();
  for (const entry of raw.split("_")) {
    const m = ENTRY.exec(entry);
    if (m) votes.set(m[1]!, m[2] === "y" ? "yes" : "no");
  }
  return votes;
}

export async function rememberHelpVote(articleId: string, vote: HelpVote) {
  const votes = await readHelpVotes();
  votes.delete(articleId);
  votes.set(articleId, vote);
  const value = [...votes].slice(-MAX_VOTES).map(([id, v]) => `${id}.${v === "yes" ? "y" : "n"}`).join("_");
  await setAppCookie(COOKIE, value, { path: PATH, maxAge: 365 * 24 * 3600 });
}
