-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Learner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "readingMode" TEXT,
    "cardDirection" TEXT NOT NULL DEFAULT 'en-ko',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "dailyGoalExp" INTEGER NOT NULL DEFAULT 50,
    "streakFreezes" INTEGER NOT NULL DEFAULT 0,
    "freezeEarnedWeek" TEXT
);
INSERT INTO "new_Learner" ("cardDirection", "createdAt", "dailyGoalExp", "desiredRetention", "freezeEarnedWeek", "id", "lastSeenAt", "newCardsPerDay", "readingMode", "streakFreezes", "timeZone") SELECT "cardDirection", "createdAt", "dailyGoalExp", "desiredRetention", "freezeEarnedWeek", "id", "lastSeenAt", "newCardsPerDay", "readingMode", "streakFreezes", "timeZone" FROM "Learner";
DROP TABLE "Learner";
ALTER TABLE "new_Learner" RENAME TO "Learner";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
