/** The app's sections, in header order; each key is also its messages namespace. */
export const sections = [
  { key: "learn", href: "/learn" },
  { key: "flashcards", href: "/flashcards" },
  { key: "quiz", href: "/quiz" },
  { key: "exam", href: "/exam" },
  { key: "simulator", href: "/simulator" },
  { key: "progress", href: "/progress" },
] as const;

export type SectionKey = (typeof sections)[number]["key"];
