-- Measured compliance (issue 6, docs/decisions/0013-measured-compliance.md): the job reads the
-- cases of the last 90 days by their deadline. accept-by is read across every type; respond-by
-- and resolve-by for fault repairs and complaints only. Without these the job would scan every
-- request ever made, every few minutes.

-- CreateIndex
CREATE INDEX "ServiceRequest_acceptBy_idx" ON "ServiceRequest"("acceptBy");

-- CreateIndex
CREATE INDEX "ServiceRequest_type_respondBy_idx" ON "ServiceRequest"("type", "respondBy");

-- CreateIndex
CREATE INDEX "ServiceRequest_type_resolveBy_idx" ON "ServiceRequest"("type", "resolveBy");
