import { z } from "zod";

/**
 * Every learner-facing string in content/ has this shape. Both languages are required so that a
 * missing translation fails validation instead of showing an empty paragraph.
 */
export const bilingualSchema = z.strictObject({
  en: z.string().trim().min(1, "English text is missing"),
  ko: z.string().trim().min(1, "Korean text is missing"),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

