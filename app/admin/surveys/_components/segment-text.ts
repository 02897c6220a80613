import { areaLabel } from "@/lib/domain/areas";
import { describeSegment } from "@/lib/domain/survey-waves";

type Translate = (key: string) => string;

/** A wave's segment in the reader's words (server components pass their translator). */
export function segmentText(t: Translate, locale: string, wave: { segmentTypes: readonly string[]; segmentStages: readonly string[]; segmentAreas: readonly string[] }) {
  return describeSegment(
    { types: wave.segmentTypes, stages: wave.segmentStages, areas: wave.segmentAreas },
    (dimension, value) => (dimension === "all" ? t(`allOf.${value}`) : dimension === "area" ? areaLabel(value, locale) : t(`${dimension}.${value}`)),
    locale === "en" ? ", " : "、",
  );
}
