-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "comparedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Source_comparedAt_idx" ON "Source"("comparedAt");
