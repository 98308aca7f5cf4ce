-- CreateTable
CREATE TABLE "SectionProgress" (
    "learnerId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("learnerId", "lessonId", "sectionId"),
    CONSTRAINT "SectionProgress_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CardState" (
    "learnerId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,

    PRIMARY KEY ("learnerId", "cardId"),
    CONSTRAINT "CardState_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "previousState" TEXT,
    CONSTRAINT "ReviewLog_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "params" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "answer" TEXT,
    "correct" BOOLEAN,
    "result" TEXT,
    "answeredAt" DATETIME,
    CONSTRAINT "QuizAttempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RewardEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "exp" INTEGER NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "day" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RewardEvent_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Achievement" (
    "learnerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "achievementId" TEXT NOT NULL,
    "earnedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("learnerId", "kind", "achievementId"),
    CONSTRAINT "Achievement_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyDay" (
    "learnerId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "exp" INTEGER NOT NULL DEFAULT 0,
    "frozen" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("learnerId", "day"),
    CONSTRAINT "StudyDay_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Learner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "readingMode" TEXT NOT NULL DEFAULT 'both',
    "cardDirection" TEXT NOT NULL DEFAULT 'en-ko',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "dailyGoalExp" INTEGER NOT NULL DEFAULT 50,
    "streakFreezes" INTEGER NOT NULL DEFAULT 0,
    "freezeEarnedWeek" TEXT
);
INSERT INTO "new_Learner" ("createdAt", "id", "lastSeenAt", "timeZone") SELECT "createdAt", "id", "lastSeenAt", "timeZone" FROM "Learner";
DROP TABLE "Learner";
ALTER TABLE "new_Learner" RENAME TO "Learner";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CardState_learnerId_due_idx" ON "CardState"("learnerId", "due");

-- CreateIndex
CREATE INDEX "ReviewLog_learnerId_reviewedAt_idx" ON "ReviewLog"("learnerId", "reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_idempotencyKey_key" ON "QuizAttempt"("idempotencyKey");

-- CreateIndex
CREATE INDEX "QuizAttempt_learnerId_answeredAt_idx" ON "QuizAttempt"("learnerId", "answeredAt");

-- CreateIndex
CREATE INDEX "QuizAttempt_learnerId_questionId_idx" ON "QuizAttempt"("learnerId", "questionId");

-- CreateIndex
CREATE INDEX "RewardEvent_learnerId_createdAt_idx" ON "RewardEvent"("learnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RewardEvent_learnerId_sourceKey_key" ON "RewardEvent"("learnerId", "sourceKey");
