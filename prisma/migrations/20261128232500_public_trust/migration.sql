-- CreateEnum
CREATE TYPE "IncidentKind" AS ENUM ('NETWORK', 'BUSINESS');

-- CreateEnum
CREATE TYPE "IncidentLevel" AS ENUM ('I', 'II', 'III');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('ACTIVE', 'RESTORED');

-- CreateEnum
CREATE TYPE "IncidentUpdateKind" AS ENUM ('DECLARED', 'UPDATE', 'ETA_CHANGED', 'RESTORED');

-- CreateEnum
CREATE TYPE "CommitmentMeasure" AS ENUM ('ACCEPT', 'ACCEPT_SPECIAL', 'RESPOND_MAJOR', 'RESPOND_GENERAL', 'RESTORE_NETWORK', 'RESTORE_BUSINESS', 'COMPLAINT_REPLY');

-- CreateEnum
CREATE TYPE "RemedyKind" AS ENUM ('CREDIT', 'FEE_WAIVER');

-- CreateEnum
CREATE TYPE "RemedyStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "incidentId" TEXT;

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "kind" "IncidentKind" NOT NULL,
    "level" "IncidentLevel" NOT NULL,
    "services" "ServiceKind"[],
    "areas" TEXT[],
    "status" "IncidentStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "estimatedRestoreAt" TIMESTAMPTZ(3),
    "restoredAt" TIMESTAMPTZ(3),
    "checklist" JSONB NOT NULL DEFAULT '[]',
    "declaredById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentUpdate" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" "IncidentUpdateKind" NOT NULL,
    "body" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "estimatedRestoreAt" TIMESTAMPTZ(3),
    "authorId" TEXT,
    "notifiedCount" INTEGER NOT NULL DEFAULT 0,
    "fannedOutAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentNotice" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "recipientKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusSubscription" (
    "id" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "codeHash" TEXT,
    "codeAttempts" INTEGER NOT NULL DEFAULT 0,
    "codeExpiresAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "tokenHash" TEXT NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "measure" "CommitmentMeasure" NOT NULL,
    "version" INTEGER NOT NULL,
    "targetMinutes" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "statementEn" TEXT NOT NULL,
    "exclusions" TEXT NOT NULL,
    "exclusionsEn" TEXT NOT NULL,
    "sort" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceFigure" (
    "id" TEXT NOT NULL,
    "measure" "CommitmentMeasure" NOT NULL,
    "windowDays" INTEGER NOT NULL,
    "cases" INTEGER NOT NULL,
    "met" INTEGER NOT NULL,
    "excluded" INTEGER NOT NULL DEFAULT 0,
    "medianMinutes" INTEGER,
    "worstMinutes" INTEGER,
    "exclusions" JSONB NOT NULL DEFAULT '{}',
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ComplianceFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemedyRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "measure" "CommitmentMeasure" NOT NULL,
    "kind" "RemedyKind" NOT NULL,
    "amountFen" INTEGER NOT NULL DEFAULT 0,
    "waiverDays" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemedyRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Remedy" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "measure" "CommitmentMeasure" NOT NULL,
    "kind" "RemedyKind" NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "customerId" TEXT NOT NULL,
    "lineId" TEXT,
    "requestId" TEXT,
    "incidentId" TEXT,
    "reason" TEXT NOT NULL,
    "reasonEn" TEXT NOT NULL,
    "status" "RemedyStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "billItemId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Remedy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Incident_code_key" ON "Incident"("code");

-- CreateIndex
CREATE INDEX "Incident_status_startedAt_idx" ON "Incident"("status", "startedAt");

-- CreateIndex
CREATE INDEX "Incident_startedAt_idx" ON "Incident"("startedAt");

-- CreateIndex
CREATE INDEX "IncidentUpdate_incidentId_createdAt_idx" ON "IncidentUpdate"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "IncidentUpdate_fannedOutAt_idx" ON "IncidentUpdate"("fannedOutAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentNotice_updateId_recipientKey_key" ON "IncidentNotice"("updateId", "recipientKey");

-- CreateIndex
CREATE UNIQUE INDEX "StatusSubscription_tokenHash_key" ON "StatusSubscription"("tokenHash");

-- CreateIndex
CREATE INDEX "StatusSubscription_area_confirmedAt_idx" ON "StatusSubscription"("area", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatusSubscription_area_channel_address_key" ON "StatusSubscription"("area", "channel", "address");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_measure_version_key" ON "Commitment"("measure", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceFigure_measure_windowDays_key" ON "ComplianceFigure"("measure", "windowDays");

-- CreateIndex
CREATE UNIQUE INDEX "RemedyRule_code_key" ON "RemedyRule"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Remedy_dedupeKey_key" ON "Remedy"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Remedy_billItemId_key" ON "Remedy"("billItemId");

-- CreateIndex
CREATE INDEX "Remedy_status_createdAt_idx" ON "Remedy"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Remedy_customerId_createdAt_idx" ON "Remedy"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_incidentId_idx" ON "ServiceRequest"("incidentId");

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentNotice" ADD CONSTRAINT "IncidentNotice_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "IncidentUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemedyRule" ADD CONSTRAINT "RemedyRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RemedyRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "Line"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remedy" ADD CONSTRAINT "Remedy_billItemId_fkey" FOREIGN KEY ("billItemId") REFERENCES "BillItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
