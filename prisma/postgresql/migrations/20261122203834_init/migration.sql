-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "byline" TEXT,
    "publishedAt" TEXT,
    "url" TEXT,
    "file" TEXT,
    "text" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "analysisJson" TEXT NOT NULL,
    "pipelineVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "speakerEntityId" TEXT,
    "speaker" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "isPartial" BOOLEAN NOT NULL,
    "isCaption" BOOLEAN NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "subjectEntityId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "normalizedValue" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "valueStart" INTEGER NOT NULL,
    "valueEnd" INTEGER NOT NULL,
    "isCaption" BOOLEAN NOT NULL,
    "groupId" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimGroup" (
    "id" TEXT NOT NULL,
    "subjectEntityId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "agreement" TEXT NOT NULL,
    "sourceCount" INTEGER NOT NULL,

    CONSTRAINT "ClaimGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "severityRank" INTEGER NOT NULL,
    "subjectEntityId" TEXT,
    "subject" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "groupId" TEXT,
    "missingSourceIds" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'pipeline',

    CONSTRAINT "Discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscrepancyItem" (
    "id" TEXT NOT NULL,
    "discrepancyId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "claimId" TEXT,
    "quoteId" TEXT,
    "value" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DiscrepancyItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Block_sourceId_idx" ON "Block"("sourceId");

-- CreateIndex
CREATE INDEX "EntityAlias_entityId_idx" ON "EntityAlias"("entityId");

-- CreateIndex
CREATE INDEX "Mention_sourceId_idx" ON "Mention"("sourceId");

-- CreateIndex
CREATE INDEX "Mention_entityId_idx" ON "Mention"("entityId");

-- CreateIndex
CREATE INDEX "Quote_sourceId_idx" ON "Quote"("sourceId");

-- CreateIndex
CREATE INDEX "Quote_speakerEntityId_idx" ON "Quote"("speakerEntityId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE INDEX "Claim_subjectEntityId_attribute_idx" ON "Claim"("subjectEntityId", "attribute");

-- CreateIndex
CREATE INDEX "Claim_groupId_idx" ON "Claim"("groupId");

-- CreateIndex
CREATE INDEX "ClaimGroup_subject_attribute_idx" ON "ClaimGroup"("subject", "attribute");

-- CreateIndex
CREATE INDEX "ClaimGroup_agreement_idx" ON "ClaimGroup"("agreement");

-- CreateIndex
CREATE INDEX "Discrepancy_kind_idx" ON "Discrepancy"("kind");

-- CreateIndex
CREATE INDEX "Discrepancy_severityRank_idx" ON "Discrepancy"("severityRank");

-- CreateIndex
CREATE INDEX "DiscrepancyItem_discrepancyId_idx" ON "DiscrepancyItem"("discrepancyId");

-- CreateIndex
CREATE INDEX "DiscrepancyItem_sourceId_idx" ON "DiscrepancyItem"("sourceId");

-- CreateIndex
CREATE INDEX "Review_status_idx" ON "Review"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Review_targetType_targetId_key" ON "Review"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerEntityId_fkey" FOREIGN KEY ("speakerEntityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_subjectEntityId_fkey" FOREIGN KEY ("subjectEntityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscrepancyItem" ADD CONSTRAINT "DiscrepancyItem_discrepancyId_fkey" FOREIGN KEY ("discrepancyId") REFERENCES "Discrepancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscrepancyItem" ADD CONSTRAINT "DiscrepancyItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
