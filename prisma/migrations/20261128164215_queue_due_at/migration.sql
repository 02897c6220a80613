-- AlterTable
ALTER TABLE "ServiceRequest" ADD COLUMN     "dueAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "ServiceRequest_dueAt_id_idx" ON "ServiceRequest"("dueAt", "id");

-- CreateIndex
CREATE INDEX "ServiceRequest_createdAt_id_idx" ON "ServiceRequest"("createdAt", "id");

-- Keep "dueAt" = the nearest unmet deadline while the clocks run (lib/domain/sla.ts nearestDue,
-- which a test compares with this trigger). Prisma does not model triggers; schema diffs ignore them.
CREATE OR REPLACE FUNCTION "servicehall_request_due_at"() RETURNS trigger AS $$
BEGIN
  IF NEW."status" IN ('CLOSED', 'RETURNED', 'WITHDRAWN') OR NEW."clockPausedAt" IS NOT NULL THEN
    NEW."dueAt" := NULL;
  ELSE
    NEW."dueAt" := LEAST(
      CASE WHEN NEW."acceptedAt" IS NULL THEN NEW."acceptBy" END,
      CASE WHEN NEW."respondedAt" IS NULL THEN NEW."respondBy" END,
      CASE WHEN NEW."resolvedAt" IS NULL THEN NEW."resolveBy" END
    );
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ServiceRequest_dueAt"
  BEFORE INSERT OR UPDATE ON "ServiceRequest"
  FOR EACH ROW EXECUTE FUNCTION "servicehall_request_due_at"();

UPDATE "ServiceRequest" SET "dueAt" = NULL;
