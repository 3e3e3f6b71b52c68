-- DropIndex
DROP INDEX "Claim_groupId_idx";

-- CreateIndex
CREATE INDEX "Claim_groupId_sourceId_start_idx" ON "Claim"("groupId", "sourceId", "start");

-- CreateIndex
CREATE INDEX "ClaimGroup_sourceCount_subject_idx" ON "ClaimGroup"("sourceCount", "subject");
