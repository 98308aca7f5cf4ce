import { z } from "zod";
import glossaryJson from "@/content/glossary.json";
import { bilingualSchema, type Bilingual } from "@/lib/content/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import { ContentValidationError, formatPath } from "@/lib/content/errors";

/**
 * The bilingual glossary (content/glossary.json): every AWS term the lessons use. Korean terms keep
 * the AWS name in English beside the Korean, e.g. "예약된 동시성 (Reserved Concurrency)".
 * Lessons, cards and questions link to an entry with [[term:id]].
 */

export const glossaryIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(glossaryIdPattern, "glossary ids are kebab-case"),
  term: bilingualSchema,
  definition: bilingualSchema,
  /** section of the reference (lambda-behaviour.md) the definition rests on */
  ref: z.string().regex(/^(?:\d{1,2}\.\d{1,2}|M)$/).optional(),
  /** other glossary ids worth reading next */
  seeAlso: z.array(z.string()).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate glossary id "${entry.id}" (first at [${first}])` });
    else seen.set(entry.id, index);
  });
  const ids = new Set(entries.map((e) => e.id));
  entries.forEach((entry, index) => {
    entry.seeAlso?.forEach((other, j) => {
      if (!ids.has(other)) ctx.addIssue({ code: "custom", path: [index, "seeAlso", j], message: `unknown glossary id "${other}"` });
    });
  });
});

let cache: { list: readonly GlossaryEntry[]; byId: ReadonlyMap<string, GlossaryEntry> } | undefined;

function load() {
  if (!cache) {
    const parsed = glossarySchema.safeParse(glossaryJson);
    if (!parsed.success)
      throw new ContentValidationError(
        "content/glossary.json",
        parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
      );
    const list = [...parsed.data].sort((a, b) => a.term.en.localeCompare(b.term.en, "en"));
    cache = { list, byId: new Map(list.map((e) => [e.id, e])) };
  }
  return cache;
}

/** All entries, validated once and sorted by English term. */
export function getGlossary(): readonly GlossaryEntry[] {
  return load().list;
}

export function getTerm(id: string): GlossaryEntry | undefined {
  return load().byId.get(id);
}

export function glossaryIds(): ReadonlySet<string> {
  return new Set(load().byId.keys());
}

/** Entries sorted for a locale (Korean by the Korean term). */
export function getGlossarySorted(locale: Locale): readonly GlossaryEntry[] {
  const list = [...load().list];
  return list.sort((a, b) => a.term[locale].localeCompare(b.term[locale], locale));
}

export type { Bilingual };
