import { describe, expect, it } from "vitest";
import { signLearnerId } from "./cookie";
import { guestIdFromCookieHeader } from "./guest-cookie";

const env = { SESSION_SECRET: "guest-cookie-test-secret-0123456789abcdef" } as unknown as NodeJS.ProcessEnv;

describe("guestIdFromCookieHeader", () => {
  it("finds the signed guest id among other cookies", async () => {
    const value = await signLearnerId("guest12345678", env.SESSION_SECRET!);
    expect(await guestIdFromCookieHeader(`theme=dark; cl_learner=${encodeURIComponent(value)}; x=1`, env)).toBe("guest12345678");
  });

  it("refuses a missing, tampered or foreign-signed cookie", async () => {
    const foreign = await signLearnerId("guest12345678", "another-secret-another-secret-0123456789");
    expect(await guestIdFromCookieHeader(null, env)).toBeNull();
    expect(await guestIdFromCookieHeader("theme=dark", env)).toBeNull();
    expect(await guestIdFromCookieHeader(`cl_learner=${foreign}`, env)).toBeNull();
    expect(await guestIdFromCookieHeader("cl_learner=guest12345678.AAAA", env)).toBeNull();
    expect(await guestIdFromCookieHeader("cl_learner=%E0%A4%A", env)).toBeNull();
  });
});
