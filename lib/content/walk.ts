import type { Bilingual } from "@/lib/content/bilingual";

export interface FoundBilingual {
  path: (string | number)[];
  text: Bilingual;
  /** keys other than en/ko on the object (a shape error the content test reports) */
  extraKeys: string[];
  /** true when en or ko is missing or not a string */
  incomplete: boolean;
}

/** An object with an "en" or a "ko" key is meant as a bilingual string. */
export function looksBilingual(value: unknown): value is Partial<Record<"en" | "ko", unknown>> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.prototype.hasOwnProperty.call(value, "en") || Object.prototype.hasOwnProperty.call(value, "ko");
}

/**
 * Every {en, ko} object inside any JSON-like value, with its path. Works on lessons, the glossary,
 * and whatever other engineers put in content/cards and content/questions, without knowing their
 * schema.
 */
export function collectBilingual(value: unknown, at: (string | number)[] = []): FoundBilingual[] {
  const found: FoundBilingual[] = [];
  const visit = (node: unknown, where: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...where, i]));
      return;
    }
    if (!node || typeof node !== "object") return;
    if (looksBilingual(node)) {
      const en = typeof node.en === "string" ? node.en : "";
      const ko = typeof node.ko === "string" ? node.ko : "";
      const extraKeys = Object.keys(node).filter((k) => k !== "en" && k !== "ko");
      found.push({ path: where, text: { en, ko }, extraKeys, incomplete: !en.trim() || !ko.trim() });
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...where, key]);
  };
  visit(value, at);
  return found;
}
