import { describe, expect, it } from "vitest";
import { expForLevel, levelForExp } from "./levels";

describe("level curve", () => {
  it("follows round(100 · (n − 1)^1.5)", () => {
    expect([1, 2, 3, 4, 5, 10].map(expForLevel)).toEqual([0, 100, 283, 520, 800, 2700]);
  });

  it("changes level exactly at the threshold", () => {
    expect(levelForExp(0)).toEqual({ level: 1, current: 0, needed: 100 });
    expect(levelForExp(99)).toEqual({ level: 1, current: 99, needed: 100 });
    expect(levelForExp(100)).toEqual({ level: 2, current: 0, needed: 183 });
    expect(levelForExp(799).level).toBe(4);
    expect(levelForExp(800)).toEqual({ level: 5, current: 0, needed: 1118 - 800 });
  });

  it("rejects negative EXP and non-integer levels", () => {
    expect(() => levelForExp(-1)).toThrow(RangeError);
    expect(() => expForLevel(0)).toThrow(RangeError);
    expect(() => expForLevel(1.5)).toThrow(RangeError);
  });
});
