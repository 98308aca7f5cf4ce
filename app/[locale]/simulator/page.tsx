import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimulatorWorkbench } from "@/components/sim/simulator-workbench";
import { simulatorQuerySchema, workbenchStart } from "@/lib/sim-ui/start";

export async function generateMetadata({ params }: PageProps<"/[locale]/simulator">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "simulator" });
  return { title: t("title") };
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/simulator">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("simulator");
  // The schema only picks the two known parameters and accepts any string: the workbench reports what is wrong with them.
  const start = workbenchStart(simulatorQuerySchema.parse(await searchParams));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SimulatorWorkbench start={start} />
    </>
  );
}
