import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import type { SectionKey } from "./sections";

/** A section whose feature has not landed yet says so plainly instead of showing fake data. */
export async function SectionPlaceholder({ section }: { section: SectionKey }) {
  const t = await getTranslations(section);
  const common = await getTranslations("common");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="inline-flex rounded-full bg-surface-2 px-3 py-1 text-sm font-medium text-muted">{common("comingSoon")}</p>
    </>
  );
}
