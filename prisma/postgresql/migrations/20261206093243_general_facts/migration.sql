-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "factJson" TEXT,
ADD COLUMN     "method" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "subjectEntityId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ClaimGroup" ALTER COLUMN "subjectEntityId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Discrepancy" ADD COLUMN     "method" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '';
