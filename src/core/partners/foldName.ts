import { foldText } from "../text/foldText";

/** A place name as compared: width and spaces folded (NFKC makes （） into ()), case ignored. */
export function foldName(name: string): string {
  return foldText(name).toLowerCase();
}

/** The second test of RULES.md: 西安碑林区 is 西安市碑林区, 浙江杭州上城区 is 杭州市上城区. */
export function dropProvinceAndCity(folded: string): string {
  return folded.replace(/[省市]/g, "");
}
