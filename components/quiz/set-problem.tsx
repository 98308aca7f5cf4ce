import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

/** A quiz set that cannot be shown (unknown lesson or topic, nothing to review), with the way back. */
export async function SetProblem({ title, message }: { title: string; message: string }) {
  const t = await getTranslations("quiz");
  return (
    <>
      <PageHeader title={title} />
      <div className="max-w-2xl rounded-2xl border border-border bg-surface p-6" data-testid="quiz-set-problem">
        <p className="text-lg">{message}</p>
        <Link
          href="/quiz"
          className="mt-5 inline-flex min-h-11 items-center justify-center rounded-full bg-accent px-5 py-2.5 font-medium text-accent-fg hover:opacity-90"
        >
          {t("set.back")}
        </Link>
      </div>
    </>
  );
}
