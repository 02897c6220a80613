-- A complaint's statutory reply deadline (15 days) is never paused: while its other clocks wait
-- for the customer, the queue still sorts it by that deadline. Mirrors lib/domain/sla.ts
-- queueDueAt; the statutory types are those with resolveStatutory in SLA_TABLE (a test checks).
CREATE OR REPLACE FUNCTION "servicehall_request_due_at"() RETURNS trigger AS $$
BEGIN
  IF NEW."status" IN ('CLOSED', 'RETURNED', 'WITHDRAWN') THEN
    NEW."dueAt" := NULL;
  ELSIF NEW."clockPausedAt" IS NOT NULL THEN
    NEW."dueAt" := CASE WHEN NEW."type" = 'COMPLAINT' AND NEW."resolvedAt" IS NULL THEN NEW."resolveBy" END;
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

-- Recompute every open request under the new rule (the trigger runs on this update).
UPDATE "ServiceRequest" SET "dueAt" = NULL WHERE "status" NOT IN ('CLOSED', 'RETURNED', 'WITHDRAWN');
