import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { TopicRow } from "@/lib/progress/dashboard";
import { DashboardCard } from "./card";

const pill: Record<NonNullable<TopicRow["level"]> | "none", string> = {
  none: "bg-surface-2 text-muted",
  attempted: "bg-danger-soft text-danger",
  familiar: "bg-warning-soft text-warning",
  proficient: "bg-accent-soft text-accent",
  mastered: "bg-success-soft text-success",
};
const bar: Record<NonNullable<TopicRow["level"]> | "none", string> = {
  none: "bg-muted",
  attempted: "bg-danger",
  familiar: "bg-warning",
  proficient: "bg-accent",
  mastered: "bg-success",
};
const filled: Record<NonNullable<TopicRow["level"]> | "none", number> = { none: 0, attempted: 1, familiar: 2, proficient: 3, mastered: 4 };

/** Every topic, weakest first, each with a link to a practice set of that topic. */
export async function TopicMastery({ topics }: { topics: TopicRow[] }) {
  const t = await getTranslations("progress.mastery");
  const tq = await getTranslations("quiz");
  return (
    <DashboardCard id="mastery-heading" title={t("heading")}>
      <p className="-mt-2 mb-4 text-sm text-muted">{t("hint")}</p>
      <ol className="divide-y divide-border">
        {topics.map((row) => {
          const level = row.level ?? "none";
          const name = tq(`topics.${row.topic}`);
          return (
            <li key={row.topic} className="flex items-center gap-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{name}</p>
                <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span aria-hidden="true" className="flex gap-0.5">
                    {[1, 2, 3, 4].map((step) => (
                      <span key={step} className={`h-2 w-4 rounded-full ${step <= filled[level] ? bar[level] : "bg-surface-2"}`} />
                    ))}
                  </span>
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${pill[level]}`}>{t(`levels.${level}`)}</span>
                  {row.answers > 0 ? <span className="text-sm text-muted">{t("answers", { count: row.answers, score: Math.round(row.score * 100) })}</span> : null}
                </div>
              </div>
              <Link
                href={{ pathname: "/quiz", query: { topic: row.topic } }}
                aria-label={t("practiseLabel", { topic: name })}
                className="shrink-0 rounded-full border border-border px-3 py-1 text-sm font-medium hover:bg-surface-2"
              >
                {t("practise")}
              </Link>
            </li>
          );
        })}
      </ol>
    </DashboardCard>
  );
}
