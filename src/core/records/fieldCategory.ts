import { foldText } from "../text/foldText";

/** The fields of exchange the year-end summary counts (第九条: 经贸、文化、科技等多领域). */
export const FIELD_CATEGORIES = ["经贸", "文化", "科技", "教育", "卫生", "旅游", "商贸", "农副产品", "其他"] as const;
export type FieldCategory = (typeof FIELD_CATEGORIES)[number];

/** Words that place a field written another way ("医疗卫生", "文旅") in one of the categories. */
const KEYWORDS: [RegExp, FieldCategory][] = [
  [/农副|农产品|农业/, "农副产品"],
  [/卫生|医疗|健康|医药/, "卫生"],
  [/教育|学校|培训/, "教育"],
  [/旅游|文旅/, "旅游"],
  [/科技|科学|技术|创新/, "科技"],
  [/商贸|商业|贸易|商务|流通/, "商贸"],
  [/经贸|经济|投资|产业|招商/, "经贸"],
  [/文化|艺术|体育|文物/, "文化"],
];

/** The category of a field cell; one that fits none, or a blank one, is 其他 (other). */
export function fieldCategory(text: string): FieldCategory {
  const t = foldText(text);
  const exact = FIELD_CATEGORIES.find((c) => c === t);
  if (exact) return exact;
  for (const [pattern, category] of KEYWORDS) if (pattern.test(t)) return category;
  return "其他";
}
