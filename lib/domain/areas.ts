// The service areas (服务区域) that outages are declared for and that the status page lists. An
// area is a prefix of the administrative division a line or customer is registered in
// (Line.area "北京市朝阳区"): an incident for 北京市 covers every line in Beijing, one for
// 北京市朝阳区 only the lines in Chaoyang. The list is the operator's service footprint; a line's
// area outside it is still matched by prefix.

export type Area = { name: string; nameEn: string; parent?: string };

export const AREAS: readonly Area[] = [
  { name: "北京市", nameEn: "Beijing" },
  { name: "北京市朝阳区", nameEn: "Chaoyang, Beijing", parent: "北京市" },
  { name: "北京市海淀区", nameEn: "Haidian, Beijing", parent: "北京市" },
  { name: "北京市东城区", nameEn: "Dongcheng, Beijing", parent: "北京市" },
  { name: "上海市", nameEn: "Shanghai" },
  { name: "上海市徐汇区", nameEn: "Xuhui, Shanghai", parent: "上海市" },
  { name: "上海市浦东新区", nameEn: "Pudong, Shanghai", parent: "上海市" },
  { name: "广东省深圳市", nameEn: "Shenzhen, Guangdong" },
  { name: "广东省深圳市南山区", nameEn: "Nanshan, Shenzhen", parent: "广东省深圳市" },
  { name: "广东省深圳市福田区", nameEn: "Futian, Shenzhen", parent: "广东省深圳市" },
];

const BY_NAME = new Map(AREAS.map((a) => [a.name, a]));

export function isKnownArea(name: string): boolean {
  return BY_NAME.has(name);
}

/** The area's name in the reader's language (the stored Chinese name when it is not in the list). */
export function areaLabel(name: string, locale: string): string {
  const area = BY_NAME.get(name);
  return area && locale === "en" ? area.nameEn : name;
}

/** Whether an incident declared for `incidentArea` covers a line registered in `lineArea`. */
export function areaCovers(incidentArea: string, lineArea: string): boolean {
  return incidentArea.length > 0 && lineArea.startsWith(incidentArea);
}

/** Whether any of the incident's areas covers the line's area. */
export function anyAreaCovers(incidentAreas: readonly string[], lineArea: string): boolean {
  return incidentAreas.some((a) => areaCovers(a, lineArea));
}
