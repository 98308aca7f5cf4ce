import { afterEach, describe, expect, it } from "vitest";
import { ensureLearnerRow } from "@/lib/learner/store";
import { setLearnerTimeZone, timeZoneSchema } from "@/lib/learner/time-zone";
import { createTestDatabase, type TestDatabase } from "./test-db";

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.cleanup();
  tdb = undefined;
});

describe("learner time zone", () => {
  it("accepts IANA zones and refuses anything else", () => {
    expect(timeZoneSchema.safeParse("Asia/Seoul").success).toBe(true);
    expect(timeZoneSchema.safeParse("America/New_York").success).toBe(true);
    expect(timeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
    expect(timeZoneSchema.safeParse("").success).toBe(false);
  });

  it("stores the zone and reports whether it changed", async () => {
    tdb = await createTestDatabase();
    await ensureLearnerRow(tdb.client, "learner-tz-0001");
    expect(await setLearnerTimeZone(tdb.client, "learner-tz-0001", "Asia/Seoul")).toBe(true);
    expect(await setLearnerTimeZone(tdb.client, "learner-tz-0001", "Asia/Seoul")).toBe(false);
    expect((await tdb.client.learner.findUniqueOrThrow({ where: { id: "learner-tz-0001" } })).timeZone).toBe("Asia/Seoul");
  });
});
