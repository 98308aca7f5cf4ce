import { ratings, type Rating } from "@/lib/srs/ratings";

/**
 * The review session's keyboard: Space shows the answer, 1–4 rate once it shows, U or Ctrl/Cmd+Z
 * undo. Pure, so the mapping is tested without a browser.
 */
export type ReviewKeyAction = { type: "reveal" } | { type: "rate"; rating: Rating } | { type: "undo" } | null;

export interface ReviewKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat: boolean;
}

export function reviewKeyAction(
  event: ReviewKey,
  { revealed, onControl }: { revealed: boolean; /** focus is on a button or link, whose own Space activates it */ onControl: boolean },
): ReviewKeyAction {
  // A held key repeats: one press must give one rating.
  if (event.repeat || event.altKey) return null;
  const key = event.key.toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  if ((key === "z" && command && !event.shiftKey) || (key === "u" && !command)) return { type: "undo" };
  if (command) return null;
  if (key === " ") return onControl || revealed ? null : { type: "reveal" };
  const rating = ratings.find((r) => String(r) === key);
  return rating && revealed ? { type: "rate", rating } : null;
}
