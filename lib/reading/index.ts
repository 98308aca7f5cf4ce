export { effectiveReadingMode, getReadingMode, getStoredReadingMode, modeLocales, readingModeSchema, readingModes, setReadingMode, type ReadingMode } from "./mode";
export { getReadSections, getReadSectionsByLesson, markSectionRead, UnknownSectionError, type SectionReadResult } from "./sections";
export { firstTriesSchema, isPerfect, type FirstTries } from "./checks";
export { claimLessonRewards, completeSection, type SectionCompletion } from "./complete";
export { READING_MODE_COOKIE, readingModeCookieOptions } from "./cookie";
