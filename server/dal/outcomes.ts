import "server-only";
import { bodyProblems } from "@/lib/domain/outcome-blocks";
import { approvalStep, contributorsSinceApproval, outcomeStep, type OutcomeStatus, type OutcomeStep } from "@/lib/domain/outcomes";
import type { OutcomeNoteStepInput, OutcomePageData, OutcomeStepInput, PreviewOutcomeInput, UpdateOutcomePageData } from "@/lib/schemas/outcomes";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { chartProjectSelect, renderOutcomeBody } from "./outcome-render";

// 服务成效页, the staff side (/admin/outcomes; docs/decisions/0019-outcome-pages.md). Every staff
// member reads the pages and their history; outcome:edit writes and submits drafts; outcome:publish
// approves (never a page they wrote: no self-approval), rejects and unpublishes. Every save and
// every step is a new version with an OutcomeRevision row (the text as it then was) and an audit
// row, in one transaction; a step over a stale version is a conflict and writes nothing.

const slugTaken = () => new ExpectedError("outcomes.errors.saveFailed", { slug: ["outcomes.validation.slugTaken"] });
const projectUnknown = () => new ExpectedError("outcomes.errors.saveFailed", { projectCode: ["outcomes.validation.projectUnknown"] });
const conflict = () => new ExpectedError("outcomes.errors.conflict");
const wrongState = () => new ExpectedError("outcomes.errors.wrongState");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

function isStaffReader(actor: Actor): actor is StaffActor {
  return actor.kind === "staff" && can(actor, "admin:access");
}

function requirePermission(actor: Actor, permission: "outcome:edit" | "outcome:publish"): StaffActor {
  if (actor.kind !== "staff" || !can(actor, permission)) throw new ForbiddenError();
  return actor;
}

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  status: true,
  version: true,
  updatedAt: true,
  publishedAt: true,
  author: { select: { displayName: true } },
  project: { select: { code: true } },
} as const satisfies Prisma.OutcomePageSelect;

/** Access: staff with admin:access; anyone else gets an empty list. All pages (or one status), newest change first. */
export async function listOutcomePagesForStaff(actor: Actor, status: OutcomeStatus | null) {
  if (!isStaffReader(actor)) return [];
  return db.outcomePage.findMany({ where: status ? { status } : {}, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: rowSelect });
}
export type StaffOutcomeRow = Awaited<ReturnType<typeof listOutcomePagesForStaff>>[number];

/** Access: staff with admin:access; anyone else gets not-found. One page with its history, newest step first. */
export async function getOutcomePageForStaff(actor: Actor, id: string) {
  if (!isStaffReader(actor)) throw new NotFoundError();
  const page = await db.outcomePage.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      summary: true,
      summaryEn: true,
      body: true,
      bodyEn: true,
      status: true,
      version: true,
      authorId: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      publishedAt: true,
      unpublishedAt: true,
      author: { select: { displayName: true } },
      reviewer: { select: { displayName: true } },
      project: { select: chartProjectSelect },
      revisions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, action: true, status: true, title: true, body: true, bodyEn: true, note: true, createdAt: true, actorId: true, actor: { select: { displayName: true } } },
      },
    },
  });
  if (!page) throw new NotFoundError();
  const { revisions, authorId, ...rest } = page;
  const contributors = contributorsSinceApproval(authorId, revisions);
  return {
    ...rest,
    // Whether this actor wrote the text now under review (and so may not approve it).
    actorContributed: contributors.has(actor.userId),
    revisions: revisions.map(({ actorId: _actorId, ...r }) => r).reverse(),
  };
}
export type StaffOutcomePage = Awaited<ReturnType<typeof getOutcomePageForStaff>>;

/** Access: outcome:edit; anyone else gets an empty list. The projects a page can link, newest code first. */
export async function listLinkableProjects(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "outcome:edit")) return [];
  return db.improvementProject.findMany({ orderBy: { code: "desc" }, select: { code: true, title: true } });
}

async function projectIdOf(tx: Tx, code: string): Promise<string | null> {
  if (!code) return null;
  const project = await tx.improvementProject.findUnique({ where: { code }, select: { id: true } });
  if (!project) throw projectUnknown();
  return project.id;
}

const contentOf = (input: OutcomePageData, projectId: string | null) => ({
  slug: input.slug,
  title: input.title,
  titleEn: input.titleEn,
  summary: input.summary,
  summaryEn: input.summaryEn,
  body: input.body,
  bodyEn: input.bodyEn,
  projectId,
});

type Revision = { pageId: string; action: OutcomeStep; status: OutcomeStatus; title: string; body: string; bodyEn: string; note?: string | null };

/** The revision row and the audit row of one save or step (inside its transaction). */
async function record(tx: Tx, actor: StaffActor, r: Revision, version: number, summary: Prisma.InputJsonObject = {}) {
  await tx.outcomeRevision.create({ data: { ...r, note: r.note ?? null, actorId: actor.userId } });
  await audit(tx, actor, { action: `outcome.${r.action.toLowerCase()}`, targetType: "OutcomePage", targetId: r.pageId, summary: { status: r.status, version, ...summary } });
}

async function withSlugCheck<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // Two editors racing for one slug: the loser is told, as if the check had caught it.
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Access: outcome:edit. A new draft (version 1) written by the actor; its first revision and audit row. */
export async function createOutcomePage(actor: Actor, input: OutcomePageData) {
  const editor = requirePermission(actor, "outcome:edit");
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      if (await tx.outcomePage.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken();
      const projectId = await projectIdOf(tx, input.projectCode);
      const page = await tx.outcomePage.create({ data: { ...contentOf(input, projectId), authorId: editor.userId }, select: { id: true, slug: true, version: true } });
      await record(tx, editor, { pageId: page.id, action: "EDIT", status: "DRAFT", title: input.title, body: input.body, bodyEn: input.bodyEn }, 1, { slug: input.slug });
      return page;
    }),
  );
}

/** Loads a page for a step and checks the step is legal from its state at the version the actor saw. */
async function loadForStep(tx: Tx, id: string, version: number, step: Exclude<OutcomeStep, "REPUBLISH">) {
  const page = await tx.outcomePage.findUnique({
    where: { id },
    select: { id: true, slug: true, status: true, version: true, authorId: true, title: true, body: true, bodyEn: true, projectId: true, publishedAt: true, unpublishedAt: true },
  });
  if (!page) throw new NotFoundError();
  if (page.version !== version) throw conflict();
  const to = outcomeStep(step, page.status);
  if (!to) throw wrongState();
  return { page, to };
}

/** Moves the page on only if nobody changed it since it was read (optimistic locking). */
async function advance(tx: Tx, id: string, version: number, data: Prisma.OutcomePageUncheckedUpdateManyInput) {
  const { count } = await tx.outcomePage.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict();
  return version + 1;
}

/**
 * Access: outcome:edit. Saves a draft or an unpublished page over the version the editor started
 * from (an unpublished page becomes a draft again); pages in review or published are not edited.
 */
export async function updateOutcomePage(actor: Actor, input: UpdateOutcomePageData) {
  const editor = requirePermission(actor, "outcome:edit");
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const { page, to } = await loadForStep(tx, input.id, input.version, "EDIT");
      if (await tx.outcomePage.findFirst({ where: { slug: input.slug, id: { not: page.id } }, select: { id: true } })) throw slugTaken();
      const projectId = await projectIdOf(tx, input.projectCode);
      const version = await advance(tx, page.id, input.version, { ...contentOf(input, projectId), status: to });
      await record(tx, editor, { pageId: page.id, action: "EDIT", status: to, title: input.title, body: input.body, bodyEn: input.bodyEn }, version, { slug: input.slug });
      return { id: page.id, slug: input.slug, version };
    }),
  );
}

/** Blocks that would not render are refused before review and again before publishing. */
function checkBlocks(page: { body: string; bodyEn: string; projectId: string | null }) {
  const hasProject = page.projectId !== null;
  const zh = bodyProblems(page.body, hasProject);
  const en = bodyProblems(page.bodyEn, hasProject);
  if (!zh.length && !en.length) return;
  // The preview marks each bad line; the message says which body holds them.
  throw new ExpectedError("outcomes.errors.badBlocks", {
    ...(zh.length ? { body: ["outcomes.validation.badBlocks"] } : {}),
    ...(en.length ? { bodyEn: ["outcomes.validation.badBlocks"] } : {}),
  });
}

/** Access: outcome:edit. Sends a draft (or an unpublished page) for review; its blocks must all be valid. */
export async function submitOutcomePage(actor: Actor, input: OutcomeStepInput, now = new Date()) {
  const editor = requirePermission(actor, "outcome:edit");
  return db.$transaction(async (tx) => {
    const { page, to } = await loadForStep(tx, input.id, input.version, "SUBMIT");
    checkBlocks(page);
    const version = await advance(tx, page.id, input.version, { status: to, submittedAt: now, reviewerId: null });
    await record(tx, editor, { pageId: page.id, action: "SUBMIT", status: to, title: page.title, body: page.body, bodyEn: page.bodyEn }, version);
    return { id: page.id, status: to, version };
  });
}

/**
 * Access: outcome:publish, and not the page's author nor anyone who saved or submitted the text
 * under review (no self-approval). Publishes it; a page published before is recorded as REPUBLISH.
 */
export async function approveOutcomePage(actor: Actor, input: OutcomeStepInput, now = new Date()) {
  const publisher = requirePermission(actor, "outcome:publish");
  return db.$transaction(async (tx) => {
    const { page, to } = await loadForStep(tx, input.id, input.version, "APPROVE");
    const revisions = await tx.outcomeRevision.findMany({ where: { pageId: page.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true } });
    if (contributorsSinceApproval(page.authorId, revisions).has(publisher.userId)) throw new ExpectedError("outcomes.errors.selfApproval");
    checkBlocks(page);
    const step = approvalStep(page.publishedAt !== null);
    const version = await advance(tx, page.id, input.version, { status: to, publishedAt: now, reviewerId: publisher.userId });
    await record(tx, publisher, { pageId: page.id, action: step, status: to, title: page.title, body: page.body, bodyEn: page.bodyEn }, version, { slug: page.slug });
    return { id: page.id, status: to, version };
  });
}

/** Access: outcome:publish. Sends a page in review back to draft, with the reason. */
export async function rejectOutcomePage(actor: Actor, input: OutcomeNoteStepInput) {
  const publisher = requirePermission(actor, "outcome:publish");
  return db.$transaction(async (tx) => {
    const { page, to } = await loadForStep(tx, input.id, input.version, "REJECT");
    const version = await advance(tx, page.id, input.version, { status: to, reviewerId: publisher.userId });
    await record(tx, publisher, { pageId: page.id, action: "REJECT", status: to, title: page.title, body: page.body, bodyEn: page.bodyEn, note: input.note }, version);
    return { id: page.id, status: to, version };
  });
}

/** Access: outcome:publish. Takes a published page down at once, with the reason; its history stays. */
export async function unpublishOutcomePage(actor: Actor, input: OutcomeNoteStepInput, now = new Date()) {
  const publisher = requirePermission(actor, "outcome:publish");
  return db.$transaction(async (tx) => {
    const { page, to } = await loadForStep(tx, input.id, input.version, "UNPUBLISH");
    const version = await advance(tx, page.id, input.version, { status: to, unpublishedAt: now });
    await record(tx, publisher, { pageId: page.id, action: "UNPUBLISH", status: to, title: page.title, body: page.body, bodyEn: page.bodyEn, note: input.note }, version, { slug: page.slug });
    return { id: page.id, status: to, version };
  });
}

/**
 * Access: outcome:edit. Both bodies as readers will get them — the same renderer, figures and
 * chart as the public page — with invalid blocks shown as notes.
 */
export async function previewOutcome(actor: Actor, input: PreviewOutcomeInput, now = new Date()) {
  requirePermission(actor, "outcome:edit");
  const project = input.projectCode ? await db.improvementProject.findUnique({ where: { code: input.projectCode }, select: chartProjectSelect }) : null;
  const [zh, en] = await Promise.all([renderOutcomeBody(input.body, project, now), renderOutcomeBody(input.bodyEn, project, now)]);
  return { zh, en };
}
