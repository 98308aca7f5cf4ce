import { describe, expect, it } from "vitest";
import { reviewKeyAction, type ReviewKey } from "./review-keys";

const press = (key: string, mods: Partial<ReviewKey> = {}): ReviewKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  ...mods,
});
const hidden = { revealed: false, onControl: false };
const shown = { revealed: true, onControl: false };

describe("reviewKeyAction", () => {
  it("shows the answer with Space, unless a focused control takes the key or it already shows", () => {
    expect(reviewKeyAction(press(" "), hidden)).toEqual({ type: "reveal" });
    expect(reviewKeyAction(press(" "), { revealed: false, onControl: true })).toBeNull();
    expect(reviewKeyAction(press(" "), shown)).toBeNull();
  });

  it("rates with 1–4 only once the answer shows", () => {
    expect(reviewKeyAction(press("1"), shown)).toEqual({ type: "rate", rating: 1 });
    expect(reviewKeyAction(press("4"), shown)).toEqual({ type: "rate", rating: 4 });
    expect(reviewKeyAction(press("3"), hidden)).toBeNull();
    expect(reviewKeyAction(press("5"), shown)).toBeNull();
  });

  it("undoes with U, Ctrl+Z and Cmd+Z, not with Ctrl+Shift+Z (redo)", () => {
    expect(reviewKeyAction(press("u"), hidden)).toEqual({ type: "undo" });
    expect(reviewKeyAction(press("U", { shiftKey: true }), shown)).toEqual({ type: "undo" });
    expect(reviewKeyAction(press("z", { ctrlKey: true }), hidden)).toEqual({ type: "undo" });
    expect(reviewKeyAction(press("z", { metaKey: true }), hidden)).toEqual({ type: "undo" });
    expect(reviewKeyAction(press("Z", { ctrlKey: true, shiftKey: true }), hidden)).toBeNull();
    expect(reviewKeyAction(press("u", { ctrlKey: true }), hidden)).toBeNull();
  });

  it("ignores held keys and browser shortcuts", () => {
    expect(reviewKeyAction(press("3", { repeat: true }), shown)).toBeNull();
    expect(reviewKeyAction(press("1", { ctrlKey: true }), shown)).toBeNull();
    expect(reviewKeyAction(press("1", { altKey: true }), shown)).toBeNull();
  });
});
