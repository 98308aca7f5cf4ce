import { describe, expect, it } from "vitest";
import { getAtPointer, setAtPointer } from "./pointer";

const doc = { functions: [{ name: "a", weights: { "2": 0.1, "a/b": 3 } }], traffic: [] as unknown[] };

describe("JSON pointers", () => {
  it("reads values, arrays by index and escaped keys", () => {
    expect(getAtPointer(doc, "/functions/0/name")).toBe("a");
    expect(getAtPointer(doc, "/functions/0/weights/2")).toBe(0.1);
    expect(getAtPointer(doc, "/functions/0/weights/a~1b")).toBe(3);
    expect(getAtPointer(doc, "")).toBe(doc);
  });

  it("returns undefined for paths that lead nowhere", () => {
    expect(getAtPointer(doc, "/functions/1/name")).toBeUndefined();
    expect(getAtPointer(doc, "/functions/x")).toBeUndefined();
    expect(getAtPointer(doc, "/functions/0/name/length")).toBeUndefined();
    expect(getAtPointer(doc, "/toString")).toBeUndefined();
  });

  it("sets a value in a copy, adding a missing last key, leaving the original alone", () => {
    const changed = setAtPointer(doc, "/functions/0/reserved", 5);
    expect(getAtPointer(changed, "/functions/0/reserved")).toBe(5);
    expect(getAtPointer(doc, "/functions/0/reserved")).toBeUndefined();
    expect(changed.traffic).toBe(doc.traffic);
  });

  it("refuses a path whose parent is missing or a pointer without a leading slash", () => {
    expect(() => setAtPointer(doc, "/functions/3/reserved", 1)).toThrow(/Nothing at/);
    expect(() => setAtPointer(doc, "functions", 1)).toThrow(/JSON pointer/);
  });
});
