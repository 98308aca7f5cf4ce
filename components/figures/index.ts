import type { JSX } from "react";
import type { FigureId } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n/locales";
import { AsyncInvocationFigure, labels as asyncInvocationLabels } from "./async-invocation";
import { ClaimedConcurrencyFigure, labels as claimedConcurrencyLabels } from "./claimed-concurrency";
import { CrossAccountEfsFigure, labels as crossAccountEfsLabels } from "./cross-account-efs";
import { DeploymentShiftingFigure, labels as deploymentShiftingLabels } from "./deployment-shifting";
import { EfsMountingFigure, labels as efsMountingLabels } from "./efs-mounting";
import type { FigureLabels } from "./parts";
import { ReservedVsProvisionedFigure, labels as reservedVsProvisionedLabels } from "./reserved-vs-provisioned";
import { StarvationFigure, labels as starvationLabels } from "./starvation";
import { StorageOptionsFigure, labels as storageOptionsLabels } from "./storage-options";

/**
 * The diagrams the seed notes refer to, drawn as accessible SVG server components. A lesson's
 * figure block names one by id (lib/content/lessons.ts owns the id list) and the lesson page renders
 * `figures[id]({ lang })` with the language of the text beside it.
 */
export type { FigureId };
export type { FigureProps } from "./parts";

export const figures: Readonly<Record<FigureId, (props: { lang: Locale }) => JSX.Element>> = {
  "reserved-vs-provisioned": ReservedVsProvisionedFigure,
  starvation: StarvationFigure,
  "async-invocation": AsyncInvocationFigure,
  "efs-mounting": EfsMountingFigure,
  "storage-options": StorageOptionsFigure,
  "cross-account-efs": CrossAccountEfsFigure,
  "claimed-concurrency": ClaimedConcurrencyFigure,
  "deployment-shifting": DeploymentShiftingFigure,
};

/** Each figure's bilingual labels (title, description and every drawn label), for tests and tooling. */
export const figureLabels: Readonly<Record<FigureId, FigureLabels>> = {
  "reserved-vs-provisioned": reservedVsProvisionedLabels,
  starvation: starvationLabels,
  "async-invocation": asyncInvocationLabels,
  "efs-mounting": efsMountingLabels,
  "storage-options": storageOptionsLabels,
  "cross-account-efs": crossAccountEfsLabels,
  "claimed-concurrency": claimedConcurrencyLabels,
  "deployment-shifting": deploymentShiftingLabels,
};

export {
  AsyncInvocationFigure,
  ClaimedConcurrencyFigure,
  CrossAccountEfsFigure,
  DeploymentShiftingFigure,
  EfsMountingFigure,
  ReservedVsProvisionedFigure,
  StarvationFigure,
  StorageOptionsFigure,
};
