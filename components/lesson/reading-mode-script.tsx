import { READING_MODE_COOKIE } from "@/lib/reading/cookie";
import { ReadingModeSync } from "./reading-mode-sync";

// Runs while the page is parsed, before the lesson below it is painted: the <article> it sits in
// takes the mode mirrored in the cookie; without one it keeps the URL's language (rendered on the server).
const script = `(function(){try{var m=/(?:^|;\\s*)${READING_MODE_COOKIE}=(en|ko|both)(?:;|$)/.exec(document.cookie);if(m)document.currentScript.parentElement.setAttribute("data-reading-mode",m[1]);}catch(_){}})();`;

/** First child of the lesson's <article data-reading-mode>. */
export function ReadingModeScript() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: script }} />
      <ReadingModeSync />
    </>
  );
}
