-- Issue 9 (npm run bench:explain on the scale seed): the audit log page pages by (createdAt, id)
-- newest first; the staff home counts requests resolved and closed today. Customer 360 lists by name; return visits done by closedAt.
-- CreateIndex
CREATE INDEX "AuditLog_createdAt_id_idx" ON "AuditLog"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Customer_name_id_idx" ON "Customer"("name", "id");

-- CreateIndex
CREATE INDEX "FollowUp_closedAt_id_idx" ON "FollowUp"("closedAt", "id");

-- CreateIndex
CREATE INDEX "ServiceRequest_resolvedAt_idx" ON "ServiceRequest"("resolvedAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_closedAt_idx" ON "ServiceRequest"("closedAt");
