-- Issue 8 part 4: the audit table is append-only and hash-chained.
-- The chain columns: filled once by the sealing job (server/audit-chain.ts), never changed after.
ALTER TABLE "AuditLog" ADD COLUMN     "chainIndex" BIGINT,
ADD COLUMN     "hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_chainIndex_key" ON "AuditLog"("chainIndex");

-- Append-only: an UPDATE may only seal a row (set chainIndex and hash where both were null,
-- changing nothing else); a DELETE may only remove a sign-in log (action auth.*) older than the
-- 6 months the retention table keeps them (the guard allows from 150 days, the jobs delete at
-- 6 calendar months). Everything else raises. TRUNCATE (test and demo resets) is not a row event.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD."chainIndex" IS NULL AND OLD."hash" IS NULL
       AND NEW."chainIndex" IS NOT NULL AND NEW."hash" IS NOT NULL
       AND ROW(NEW."id", NEW."actorId", NEW."actorRole", NEW."action", NEW."targetType", NEW."targetId", NEW."ip", NEW."requestId", NEW."summary", NEW."createdAt")
           IS NOT DISTINCT FROM
           ROW(OLD."id", OLD."actorId", OLD."actorRole", OLD."action", OLD."targetType", OLD."targetId", OLD."ip", OLD."requestId", OLD."summary", OLD."createdAt") THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'AuditLog is append-only: row % cannot be changed', OLD."id" USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."action" LIKE 'auth.%' AND OLD."chainIndex" IS NULL AND OLD."createdAt" < now() - interval '150 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: row % cannot be deleted', OLD."id" USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_log_append_only"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
