import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { DeckCounts } from "@/lib/srs";

export interface DeckView extends DeckCounts {
  title: string;
}

/** One card per deck (one deck per lesson): how much of it is seen, what is due, a study link. */
export function DeckList({ decks }: { decks: readonly DeckView[] }) {
  const t = useTranslations("flashcards.decks");
  return (
    <section aria-labelledby="decks-heading">
      <h2 id="decks-heading" className="text-xl font-semibold tracking-tight">
        {t("heading")}
      </h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {decks.map((deck) => {
          const seen = deck.total - deck.unseen;
          const studyable = deck.due + deck.newToday;
          return (
            <li key={deck.deckId} className="flex flex-col rounded-2xl border border-border bg-surface p-6" data-deck={deck.deckId}>
              <h3 className="text-lg font-semibold text-balance">{deck.title}</h3>
              <p className="mt-1 text-sm text-muted">{t("cards", { count: deck.total })}</p>
              <div className="mt-4">
                <div className="h-2 overflow-hidden rounded-full bg-surface-2" aria-hidden="true">
                  <div className="h-full rounded-full bg-accent" style={{ width: `${(seen / deck.total) * 100}%` }} />
                </div>
                <p className="mt-2 text-sm text-muted">{t("seen", { seen, total: deck.total })}</p>
              </div>
              <div className="mt-auto flex flex-wrap items-center justify-between gap-3 pt-5">
                <p className="flex flex-wrap gap-2 text-sm font-medium">
                  <span className={`rounded-full px-3 py-1 ${deck.due > 0 ? "bg-warning-soft text-warning" : "bg-surface-2 text-muted"}`}>
                    {t("due", { count: deck.due })}
                  </span>
                  <span className={`rounded-full px-3 py-1 ${deck.newToday > 0 ? "bg-accent-soft text-accent" : "bg-surface-2 text-muted"}`}>
                    {t("new", { count: deck.newToday })}
                  </span>
                </p>
                {studyable > 0 ? (
                  <Link
                    href={{ pathname: "/flashcards/review", query: { deck: deck.deckId } }}
                    className="inline-flex min-h-11 items-center rounded-full border border-border px-5 py-2 font-medium transition hover:border-accent hover:bg-accent-soft"
                  >
                    {t("study")}
                    <span className="sr-only">: {deck.title}</span>
                  </Link>
                ) : (
                  <span className="text-sm text-muted">{t("nothingDue")}</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
