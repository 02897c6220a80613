-- CreateEnum
CREATE TYPE "SurveyCadence" AS ENUM ('QUARTERLY', 'HALF_YEARLY');

-- CreateEnum
CREATE TYPE "SurveyWaveStatus" AS ENUM ('DRAFT', 'SENT', 'CLOSED');

-- CreateEnum
CREATE TYPE "ImprovementStatus" AS ENUM ('PLAN', 'DO', 'CHECK', 'ACT', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImprovementDecision" AS ENUM ('STANDARDISE', 'ITERATE');

-- CreateEnum
CREATE TYPE "OutcomeStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "WinBackStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- AlterEnum
ALTER TYPE "SurveyKind" ADD VALUE 'CSI';

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "answers" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "SurveyWave" ADD COLUMN     "cadence" "SurveyCadence",
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "invitedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "questions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "segmentAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "segmentStages" "LifecycleStage"[] DEFAULT ARRAY[]::"LifecycleStage"[],
ADD COLUMN     "segmentTypes" "CustomerType"[] DEFAULT ARRAY[]::"CustomerType"[],
ADD COLUMN     "sentAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "SurveyWaveStatus" NOT NULL DEFAULT 'SENT',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementProject" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "status" "ImprovementStatus" NOT NULL DEFAULT 'PLAN',
    "ownerId" TEXT NOT NULL,
    "hotspot" JSONB,
    "metricKey" TEXT NOT NULL,
    "metricScope" JSONB NOT NULL DEFAULT '{}',
    "targetValue" DOUBLE PRECISION,
    "baselineFrom" TIMESTAMPTZ(3) NOT NULL,
    "baselineTo" TIMESTAMPTZ(3) NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselineCount" INTEGER,
    "baselineAt" TIMESTAMPTZ(3),
    "checkFrom" TIMESTAMPTZ(3),
    "checkTo" TIMESTAMPTZ(3),
    "checkValue" DOUBLE PRECISION,
    "checkCount" INTEGER,
    "checkAt" TIMESTAMPTZ(3),
    "decision" "ImprovementDecision",
    "decisionNote" TEXT,
    "previousId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImprovementProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementReview" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementRequest" (
    "projectId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementRequest_pkey" PRIMARY KEY ("projectId","requestId")
);

-- CreateTable
CREATE TABLE "OutcomePage" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "projectId" TEXT,
    "status" "OutcomeStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "unpublishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutcomePage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeRevision" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" "OutcomeStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChurnScore" (
    "customerId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChurnScore_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "WinBackTask" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "scoreAtStart" INTEGER NOT NULL,
    "offer" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdById" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "WinBackStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" TEXT,
    "note" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WinBackTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyInvitation_customerId_idx" ON "SurveyInvitation"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_waveId_customerId_key" ON "SurveyInvitation"("waveId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementProject_code_key" ON "ImprovementProject"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementProject_previousId_key" ON "ImprovementProject"("previousId");

-- CreateIndex
CREATE INDEX "ImprovementProject_status_updatedAt_idx" ON "ImprovementProject"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "ImprovementProject_ownerId_status_idx" ON "ImprovementProject"("ownerId", "status");

-- CreateIndex
CREATE INDEX "ImprovementAction_projectId_idx" ON "ImprovementAction"("projectId");

-- CreateIndex
CREATE INDEX "ImprovementReview_projectId_createdAt_idx" ON "ImprovementReview"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ImprovementRequest_requestId_idx" ON "ImprovementRequest"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomePage_slug_key" ON "OutcomePage"("slug");

-- CreateIndex
CREATE INDEX "OutcomePage_status_publishedAt_idx" ON "OutcomePage"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "OutcomeRevision_pageId_createdAt_idx" ON "OutcomeRevision"("pageId", "createdAt");

-- CreateIndex
CREATE INDEX "ChurnScore_score_idx" ON "ChurnScore"("score");

-- CreateIndex
CREATE INDEX "ChurnScore_band_score_idx" ON "ChurnScore"("band", "score");

-- CreateIndex
CREATE INDEX "WinBackTask_status_dueAt_idx" ON "WinBackTask"("status", "dueAt");

-- CreateIndex
CREATE INDEX "WinBackTask_customerId_createdAt_idx" ON "WinBackTask"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "WinBackTask_assigneeId_status_idx" ON "WinBackTask"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "SurveyResponse_createdAt_idx" ON "SurveyResponse"("createdAt");

-- CreateIndex
CREATE INDEX "SurveyWave_status_startsAt_idx" ON "SurveyWave"("status", "startsAt");

-- AddForeignKey
ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementProject" ADD CONSTRAINT "ImprovementProject_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementProject" ADD CONSTRAINT "ImprovementProject_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "ImprovementProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ImprovementProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementReview" ADD CONSTRAINT "ImprovementReview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ImprovementProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementReview" ADD CONSTRAINT "ImprovementReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementRequest" ADD CONSTRAINT "ImprovementRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ImprovementProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementRequest" ADD CONSTRAINT "ImprovementRequest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomePage" ADD CONSTRAINT "OutcomePage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ImprovementProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomePage" ADD CONSTRAINT "OutcomePage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomePage" ADD CONSTRAINT "OutcomePage_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRevision" ADD CONSTRAINT "OutcomeRevision_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "OutcomePage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRevision" ADD CONSTRAINT "OutcomeRevision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChurnScore" ADD CONSTRAINT "ChurnScore_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinBackTask" ADD CONSTRAINT "WinBackTask_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinBackTask" ADD CONSTRAINT "WinBackTask_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinBackTask" ADD CONSTRAINT "WinBackTask_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
