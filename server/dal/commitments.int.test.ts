import { describe, expect, it } from "vitest";
import { makeStaff } from "@/prisma/test/factories";
import { commitmentInsertSql } from "@/prisma/demo/commitments";
import type { PublishCommitmentInput } from "@/lib/schemas/commitments";
import { db } from "../db";
import { ConflictError, ExpectedError, ForbiddenError } from "../action";
import { getCommitmentForAdmin, listCommitmentsForAdmin, listPublishedCommitments, publishCommitment } from "./commitments";

const seedDefaults = () => db.$executeRawUnsafe(commitmentInsertSql());

async function edit(over: Partial<PublishCommitmentInput> = {}): Promise<PublishCommitmentInput> {
  const v1 = await db.commitment.findFirstOrThrow({ where: { measure: "ACCEPT", version: 1 } });
  return { measure: "ACCEPT", baseVersion: 1, title: v1.title, titleEn: v1.titleEn, statement: v1.statement, statementEn: v1.statementEn, exclusions: v1.exclusions, exclusionsEn: v1.exclusionsEn, targetMinutes: v1.targetMinutes, active: true, ...over };
}

describe("commitments", () => {
  it("lists the seven published commitments in their order, each at version 1", async () => {
    await seedDefaults();
    const list = await listPublishedCommitments();
    expect(list.map((c) => c.measure)).toEqual(["ACCEPT", "ACCEPT_SPECIAL", "RESPOND_MAJOR", "RESPOND_GENERAL", "RESTORE_NETWORK", "RESTORE_BUSINESS", "COMPLAINT_REPLY"]);
    expect(list.every((c) => c.version === 1 && c.history.length === 0)).toBe(true);
    expect(Object.keys(list[0]!)).not.toContain("createdById");
  });

  it("publishes a new version with an audit row; the public sees it, with the old one in its history", async () => {
    await seedDefaults();
    const { actor, user } = await makeStaff("QUALITY_MANAGER");
    const now = new Date("2026-11-29T01:00:00Z");
    expect(await publishCommitment(actor, await edit({ targetMinutes: 720, statement: "您的申请在 12 小时内受理（按工作日计）。" }), now)).toEqual({ measure: "ACCEPT", version: 2 });

    const accept = (await listPublishedCommitments()).find((c) => c.measure === "ACCEPT")!;
    expect(accept).toMatchObject({ version: 2, targetMinutes: 720, statement: "您的申请在 12 小时内受理（按工作日计）。", publishedAt: now, sort: 10 });
    expect(accept.history.map((v) => v.version)).toEqual([1]);
    expect(await db.auditLog.findFirst({ where: { action: "commitment.publish" } })).toMatchObject({ actorId: user.id, targetType: "Commitment", summary: { measure: "ACCEPT", version: 2, fromVersion: 1, changed: ["targetMinutes", "statement"] } });
    expect((await getCommitmentForAdmin(actor, "ACCEPT")).createdBy).toEqual({ displayName: user.displayName });
  });

  it("refuses a publish on top of a version the editor did not see, and an unchanged one", async () => {
    await seedDefaults();
    const { actor } = await makeStaff("ADMIN");
    await publishCommitment(actor, await edit({ targetMinutes: 720 }));
    await expect(publishCommitment(actor, await edit({ targetMinutes: 600 }))).rejects.toBeInstanceOf(ConflictError);
    await expect(publishCommitment(actor, await edit({ baseVersion: 2, targetMinutes: 720 }))).rejects.toMatchObject({ key: "commitments.errors.unchanged" } satisfies Partial<ExpectedError>);
    expect(await db.commitment.count({ where: { measure: "ACCEPT" } })).toBe(2);
  });

  it("hides a commitment whose newest version is inactive from the public, not from admins", async () => {
    await seedDefaults();
    const { actor } = await makeStaff("ADMIN");
    await publishCommitment(actor, await edit({ active: false }));
    expect((await listPublishedCommitments()).map((c) => c.measure)).not.toContain("ACCEPT");
    expect((await listCommitmentsForAdmin(actor)).find((c) => c.measure === "ACCEPT")).toMatchObject({ version: 2, active: false });
  });

  it("lets only commitment:manage publish or read the admin list", async () => {
    await seedDefaults();
    const { actor: agent } = await makeStaff("AGENT");
    const { actor: supervisor } = await makeStaff("SUPERVISOR");
    await expect(publishCommitment(agent, await edit({ targetMinutes: 720 }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishCommitment(supervisor, await edit({ targetMinutes: 720 }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCommitmentsForAdmin(agent)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.commitment.count({ where: { measure: "ACCEPT" } })).toBe(1);
  });
});
