-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "clusterId" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "dateAnchor" TEXT,
ADD COLUMN     "resolvedDate" TEXT;

-- CreateTable
CREATE TABLE "QuoteCluster" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attributionDiffers" BOOLEAN NOT NULL,

    CONSTRAINT "QuoteCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "cited" TEXT NOT NULL,
    "cue" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "cueStart" INTEGER NOT NULL,
    "cueEnd" INTEGER NOT NULL,
    "citedSourceId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_citedSourceId_idx" ON "Citation"("citedSourceId");

-- CreateIndex
CREATE INDEX "Quote_clusterId_idx" ON "Quote"("clusterId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "QuoteCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
